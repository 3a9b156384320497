package org.practiceexchange.consultation;

/** How the categories of a matrix are grouped: the people it is for, and the themes it touches. */
enum CategoryGroup {
	TARGET_GROUP, THEME, UNGROUPED
}

package org.practiceexchange.resource;

/** One option of a form's list: an output, a project. */
record Choice(Long id, String name) {
}

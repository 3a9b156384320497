package org.practiceexchange.consultation;

/** A code the manager applies to a free-text answer; the analysis checks it (there, and up to 60 characters). */
record CodeForm(String code) {
}

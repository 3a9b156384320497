/**
 * What lets several nodes share one database: locks for scheduled jobs and for loading the demo data,
 * and (with {@code exchange.cluster=true}) sessions stored in the database.
 */
package org.practiceexchange.shared.cluster;

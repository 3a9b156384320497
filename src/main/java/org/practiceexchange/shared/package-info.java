/**
 * The few things every module uses: not-found signalling, error pages and problem details,
 * the page layout helpers (htmx fragments, paging) and the hook through which modules declare
 * which of their routes are public.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.practiceexchange.shared;

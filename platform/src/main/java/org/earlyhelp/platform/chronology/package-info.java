/**
 * One person's story across the suite (issue 29 point 3): each service says, in time order, what it knows about a
 * person that a caller may see ({@link org.earlyhelp.platform.chronology.ChronologySource}, one bean per part), at
 * {@code GET /api/chronology/<context>/people/{personId}?purpose=}; consent-service decides who may ask for the whole
 * story and merges the parts. Decision 0065.
 */
package org.earlyhelp.platform.chronology;

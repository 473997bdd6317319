/**
 * Active Objects persistence: entities ({@code Ao…}, tables {@code AO_xxxxxx_…} from the fixed namespace) and the
 * repositories implementing the domain's ports. Columns are never removed; schema changes get numbered upgrade tasks.
 */
package se.planprocess.confluence.ao;

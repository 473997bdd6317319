/**
 * The process administration page (adapter): a servlet under Confluence administration for administrators and the
 * process owner group, its typed view and one Velocity template; the page saves through the REST API.
 */
package se.planprocess.confluence.administration.page;

/**
 * The process tracker: where every committee stands in a cycle, deliverable by deliverable, computed from the app's
 * own index (tracked documents and their status history), never from page bodies. Domain code: no Confluence, AO,
 * servlet or library types.
 */
package se.planprocess.confluence.tracker;

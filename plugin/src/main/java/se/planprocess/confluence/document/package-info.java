/**
 * Tracked documents: the registration of a Confluence page as a process document, its status changes with
 * optimistic locking and its append-only history. Plain Java: persistence is reached through the ports here.
 */
package se.planprocess.confluence.document;

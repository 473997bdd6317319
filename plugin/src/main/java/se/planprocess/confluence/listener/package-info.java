/** Turns Confluence page and space events into changes of tracked documents. */
package se.planprocess.confluence.listener;

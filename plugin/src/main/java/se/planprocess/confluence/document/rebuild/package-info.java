/**
 * Rebuilding the app's index of tracked documents from the pages themselves, for an instance where the app missed
 * page events (it was disabled for a while): what is missing, gone, trashed, restored, renamed or moved is fixed one
 * document at a time, duplicates and pages the rebuild cannot place are reported. Domain code: Confluence is reached
 * only through the ports {@link se.planprocess.confluence.document.rebuild.PageSource} and
 * {@link se.planprocess.confluence.document.rebuild.RebuildLock}; no Confluence, AO, servlet or library types.
 */
package se.planprocess.confluence.document.rebuild;

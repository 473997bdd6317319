/**
 * The build-time tool that writes one stand-in set per Confluence line from host-api's class files: a copy of the
 * stand-ins without the types and members that the line lacks (markers {@code se.planprocess.hostapi.NotInConfluence}
 * and {@code se.planprocess.hostapi.RemovedIn}). Runs during host-api's build; never on a host.
 */
package se.planprocess.hostapi.lines;

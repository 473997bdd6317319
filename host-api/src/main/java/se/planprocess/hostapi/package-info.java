/**
 * Markers on the stand-ins that say in which Confluence lines a type or member exists. They are read from the
 * class files when the build writes one stand-in set per Confluence line (docs/host-api.md, "One stand-in set
 * per Confluence line"); this package itself is in no line set and exists in no Confluence.
 */
package se.planprocess.hostapi;

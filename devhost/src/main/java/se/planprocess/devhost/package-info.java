/** Devhost: a small Confluence-compatible runtime that loads the built plugin jar for development and browser tests. */
package se.planprocess.devhost;

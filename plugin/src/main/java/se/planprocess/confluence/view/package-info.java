/**
 * Views of the process for people: typed records of plain values in the user's language, for any kind of document,
 * shared by macros and REST. Plain Java.
 */
package se.planprocess.confluence.view;

/** Views of the process for people: plain values in the user's language, shared by macros and REST. Plain Java. */
package se.planprocess.confluence.view;

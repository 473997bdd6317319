/** The meeting macro: an adapter that parses its parameters, asks the meeting model and renders one template. */
package se.planprocess.confluence.meeting.macro;

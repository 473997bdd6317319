/** The planprocess-status macro: parses parameters, asks the view service, renders one template per state. */
package se.planprocess.confluence.report.macro;

/** The feedback-report blueprint: fills the content template from the wizard's choices and the cycle. */
package se.planprocess.confluence.report.blueprint;

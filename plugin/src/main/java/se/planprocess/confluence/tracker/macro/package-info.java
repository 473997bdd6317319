/** The tracker macro (adapter): parameters, the viewer's permissions, a typed view, one Velocity template per state. */
package se.planprocess.confluence.tracker.macro;

/** The EventPublisher: @EventListener dispatch in registration order. */
package se.planprocess.devhost.event;

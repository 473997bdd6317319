/** The plugin's META-INF/spring/*.xml: osgi:reference to host services and constructor-autowired beans. */
package se.planprocess.devhost.spring;

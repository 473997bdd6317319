/** Users, passwords, space permissions and page restrictions, REST access and XSRF rules as Confluence applies them. */
package se.planprocess.devhost.security;

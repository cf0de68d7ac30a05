/**
 * Working-notes records as sessions: agenda items with their points, participants, speakers with
 * turn counts, decisions (imperative resolutions outside turns) and tasks with the people tasked.
 */
package org.fonds.deliberation.sessions;

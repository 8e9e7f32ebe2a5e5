/**
 * The activity context: interactions logged against contacts (calls, meetings, e-mails, notes), planned
 * activities (calls, meetings, tasks) with categories and reminders, the calendar, the audit trail of every change
 * to contacts, leads, deals, pipelines and stages, and the timeline that shows all of it for one record.
 */
package org.embedcrm.core.activity;

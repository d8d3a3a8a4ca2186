// Generated from the server's OpenAPI document by `npm run api:types` (server/tools/api-types.ts). Do not edit.
export type paths = {
    "/api/appointment-desks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the desks (active ones, or all with all=true), of one site or all.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentDesks"];
        put?: never;
        /**
         * Opens a desk: a staff member’s fixed weekly hours at a site, cut into slots.
         * @description Access: admin, reception, social_worker.
         */
        post: operations["postAppointmentDesks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointment-desks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One desk.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentDesksById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Renames a desk, changes its hours, staff member or slot length, or deactivates it.
         * @description Access: admin, reception, social_worker.
         */
        patch: operations["patchAppointmentDesksById"];
        trace?: never;
    };
    "/api/appointment-desks/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The slots of a desk on a day, for its staff member or another, and which are free.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentDesksByIdSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Books an appointment of a person at a desk (no double booking of the staff member or of the person).
         * @description Access: admin, reception, social_worker.
         */
        post: operations["postAppointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One appointment (what it is about only for the readers of its desk’s module).
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes the purpose or the notes of an appointment.
         * @description Access: admin, reception, social_worker.
         */
        patch: operations["patchAppointmentsById"];
        trace?: never;
    };
    "/api/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels an appointment, with a reason or none.
         * @description Access: admin, reception, social_worker.
         */
        post: operations["postAppointmentsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the printed appointment card shows, in the person’s language.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentsByIdCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}/ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The appointment as an iCalendar file, for the person’s calendar.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentsByIdIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records that the person came or did not come (or undoes it).
         * @description Access: admin, reception, social_worker.
         */
        post: operations["postAppointmentsByIdOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moves an appointment to another time, desk or staff member.
         * @description Access: admin, reception, social_worker.
         */
        post: operations["postAppointmentsByIdReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A day's or a week's appointments and desk hours, per staff member, site or desk.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentsCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queues in the outbox the e-mail reminders of a day’s appointments (tomorrow by default) not yet queued.
         * @description Access: admin, reception, social_worker.
         */
        post: operations["postAppointmentsReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The active staff members one can book an appointment with.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentsStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Appointments of a year: booked, attended, missed, cancelled, per desk.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getAppointmentsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/to-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people to phone about their appointment of a day (tomorrow by default): those the e-mail reminder does not reach.
         * @description Access: admin, reception, social_worker.
         */
        get: operations["getAppointmentsToCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first, filtered by actor, action (a prefix), record or period (local dates, both included).
         * @description Access: admin, director.
         */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Saves one's language (the interface and the exports follow it).
         * @description Access: any logged-in staff member.
         */
        put: operations["putAuthLocale"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logs in: sets the session cookie (HttpOnly, SameSite=Strict). Too many failures slow the account and address down (429). */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logs out: ends the session and clears its cookie. */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is logged in, in which language, what they may do, and who last reset their password.
         * @description Access: any logged-in staff member.
         */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes one's own password (the current session stays, the others end).
         * @description Access: any logged-in staff member.
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live room: each PC (free, in use, out of order), the waiting list and the count of the day.
         * @description Access: admin, trainer, reception.
         */
        get: operations["getEpnBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/help-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the kinds of help (active ones, or all with all=true).
         * @description Access: admin, trainer, reception.
         */
        get: operations["getEpnHelpKinds"];
        put?: never;
        /**
         * Adds a kind of help.
         * @description Access: admin, trainer.
         */
        post: operations["postEpnHelpKinds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/help-kinds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Renames, reorders or deactivates a kind of help.
         * @description Access: admin, trainer.
         */
        patch: operations["patchEpnHelpKindsById"];
        trace?: never;
    };
    "/api/epn/opening-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The opening periods of the week (Brussels time).
         * @description Access: admin, trainer, reception.
         */
        get: operations["getEpnOpeningHours"];
        /**
         * Replaces the opening periods of the week.
         * @description Access: admin, trainer.
         */
        put: operations["putEpnOpeningHours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/stats/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year of the space, with the year before.
         * @description Access: admin, director, trainer, reception.
         */
        get: operations["getEpnStatsByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/stats/{year}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.
         * @description Access: admin, director, trainer, reception.
         */
        get: operations["getEpnStatsByYearExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists visits, latest first (a day's, or a person's).
         * @description Access: admin, trainer, reception.
         */
        get: operations["getEpnVisits"];
        put?: never;
        /**
         * Checks a visitor in: at a PC, at the first free one, or on the waiting list.
         * @description Access: admin, trainer, reception.
         */
        post: operations["postEpnVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One visit.
         * @description Access: admin, trainer, reception.
         */
        get: operations["getEpnVisitsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Corrects a visit's kinds of help, notes or board label.
         * @description Access: admin, trainer, reception.
         */
        patch: operations["patchEpnVisitsById"];
        trace?: never;
    };
    "/api/epn/visits/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ends a visit (the PC becomes free), with the kinds of help given.
         * @description Access: admin, trainer, reception.
         */
        post: operations["postEpnVisitsByIdCheckOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/visits/{id}/seat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Seats a visitor of the waiting list at a PC (or the first free one).
         * @description Access: admin, trainer, reception.
         */
        post: operations["postEpnVisitsByIdSeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/visits/past": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a visit after the fact (from the paper sheet).
         * @description Access: admin, trainer, reception.
         */
        post: operations["postEpnVisitsPast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/workstations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the PCs (active ones, or all with all=true).
         * @description Access: admin, trainer, reception.
         */
        get: operations["getEpnWorkstations"];
        put?: never;
        /**
         * Adds a PC to the room.
         * @description Access: admin, trainer.
         */
        post: operations["postEpnWorkstations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/epn/workstations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Renames, reorders, puts out of order or retires a PC.
         * @description Access: admin, trainer.
         */
        patch: operations["patchEpnWorkstationsById"];
        trace?: never;
    };
    "/api/equipment/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the register (retired equipment left out unless asked), filtered by words, kind, status, owner or site.
         * @description Access: admin, director, trainer, logistics.
         */
        get: operations["getEquipmentAssets"];
        put?: never;
        /**
         * Registers a piece of equipment (its inventory number is given or made).
         * @description Access: admin, trainer, logistics.
         */
        post: operations["postEquipmentAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An asset's page: the asset, its interventions, recurring tasks, backups and loans.
         * @description Access: admin, director, trainer, logistics.
         */
        get: operations["getEquipmentAssetsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Corrects an asset, moves it, or changes its status (an EPN PC shows out of order on the board unless in use).
         * @description Access: admin, trainer, logistics.
         */
        patch: operations["patchEquipmentAssetsById"];
        trace?: never;
    };
    "/api/equipment/assets/{id}/backup-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Makes a new token for the machine's backup script (shown once; the previous one stops working).
         * @description Access: admin, trainer, logistics.
         */
        post: operations["postEquipmentAssetsByIdBackupToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/assets/{id}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a backup checked by hand.
         * @description Access: admin, trainer, logistics.
         */
        post: operations["postEquipmentAssetsByIdBackups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/assets/{id}/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records an incident or an intervention (one doing a recurring task makes it due again).
         * @description Access: admin, trainer, logistics.
         */
        post: operations["postEquipmentAssetsByIdInterventions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/assets/{id}/interventions/{interventionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Deletes an intervention recorded by mistake.
         * @description Access: admin, trainer, logistics.
         */
        delete: operations["deleteEquipmentAssetsByIdInterventionsByInterventionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/assets/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds a recurring task (updates, cleaning) with its next due day.
         * @description Access: admin, trainer, logistics.
         */
        post: operations["postEquipmentAssetsByIdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/assets/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a recurring task, its next due day, or stops it.
         * @description Access: admin, trainer, logistics.
         */
        patch: operations["patchEquipmentAssetsByIdTasksByTaskId"];
        trace?: never;
    };
    "/api/equipment/assets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inventory for the auditors, as a spreadsheet (xlsx) or csv, with the same filters as the list.
         * @description Access: admin, director, trainer, logistics.
         */
        get: operations["getEquipmentAssetsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/backups/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A machine's backup script reports a backup, with the machine's token as `Authorization: Bearer <token>`. */
        post: operations["postEquipmentBackupsReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/epn-workstations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registers as assets the EPN workstations not yet in the register (one record per PC).
         * @description Access: admin, trainer, logistics.
         */
        post: operations["postEquipmentEpnWorkstationsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Loans, latest first: what is still out, or what an event or an asset borrowed.
         * @description Access: admin, director, trainer, logistics.
         */
        get: operations["getEquipmentLoans"];
        put?: never;
        /**
         * Lends one or several assets to an event, a partner or a person (all of them or none).
         * @description Access: admin, trainer, logistics.
         */
        post: operations["postEquipmentLoans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/loans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes a loan back, with its state (damaged: the asset goes in repair and an incident is recorded).
         * @description Access: admin, trainer, logistics.
         */
        post: operations["postEquipmentLoansByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The IT trainer's home: tasks due within a week, overdue backups, equipment out, warranties ending, machines past their age.
         * @description Access: admin, director, trainer, logistics.
         */
        get: operations["getEquipmentOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff members equipment can be handed to (names only).
         * @description Access: admin, director, trainer, logistics.
         */
        get: operations["getEquipmentStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every active recurring task, soonest due first.
         * @description Access: admin, director, trainer, logistics.
         */
        get: operations["getEquipmentTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists events, latest first, by period, kind or status.
         * @description Access: admin, director, reception, project_officer, communication, logistics.
         */
        get: operations["getEvents"];
        put?: never;
        /**
         * Creates an event (its room booked through the rooms module).
         * @description Access: admin, director, project_officer, communication.
         */
        post: operations["postEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event with its programme and places.
         * @description Access: admin, director, reception, project_officer, communication, logistics.
         */
        get: operations["getEventsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes an event (its room booking follows).
         * @description Access: admin, director, project_officer, communication.
         */
        patch: operations["patchEventsById"];
        trace?: never;
    };
    "/api/events/{id}/door": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Counts one walk-in (or exit) at a door device; the same nonce counts once.
         * @description Access: admin, director, reception, project_officer, communication.
         */
        post: operations["postEventsByIdDoor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/door/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undoes the last tap of a door device.
         * @description Access: admin, director, reception, project_officer, communication.
         */
        post: operations["postEventsByIdDoorUndo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds a talk or workshop to the programme.
         * @description Access: admin, director, project_officer, communication.
         */
        post: operations["postEventsByIdItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes an item from the programme.
         * @description Access: admin, director, project_officer, communication.
         */
        delete: operations["deleteEventsByIdItemsByItemId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live figures of an event: registered, checked in, walk-ins, inside now, per desk and per hour.
         * @description Access: admin, director, reception, project_officer, communication.
         */
        get: operations["getEventsByIdLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registrations of an event, found by name or e-mail.
         * @description Access: admin, director, reception, project_officer, communication.
         */
        get: operations["getEventsByIdRegistrations"];
        put?: never;
        /**
         * Registers somebody at the desk (a person of the registry or names), checked in at once if asked.
         * @description Access: admin, director, reception, project_officer, communication.
         */
        post: operations["postEventsByIdRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels a registration; a freed place is offered to the waiting list.
         * @description Access: admin, director, reception, project_officer, communication.
         */
        post: operations["postEventsByIdRegistrationsByRegistrationIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People of the registry who may be this registrant (the duplicate check).
         * @description Access: admin, director, reception, project_officer, communication.
         */
        get: operations["getEventsByIdRegistrationsByRegistrationIdMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Links a registration to a person of the registry, or unlinks it.
         * @description Access: admin, director, reception, project_officer, communication.
         */
        put: operations["putEventsByIdRegistrationsByRegistrationIdPerson"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Checks a ticket in at a desk (by QR code or by name); the same nonce gets the same answer, a second check-in is refused.
         * @description Access: admin, director, reception, project_officer, communication.
         */
        post: operations["postEventsByIdScans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events over a period: registrations, attendance, door counts, distinct people.
         * @description Access: admin, director, project_officer, communication.
         */
        get: operations["getEventsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/stats/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.
         * @description Access: admin, director, project_officer, communication.
         */
        get: operations["getEventsStatsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frontdesk/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One site's day: every visit, the counts and the opening hours.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getFrontdeskDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frontdesk/reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the reasons of a visit (active ones, or all with all=true) and the internal services a visitor can be oriented to.
         * @description Access: any logged-in staff member.
         */
        get: operations["getFrontdeskReasons"];
        put?: never;
        /**
         * Adds a reason of a visit.
         * @description Access: admin, director.
         */
        post: operations["postFrontdeskReasons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frontdesk/reasons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Renames, reorders or deactivates a reason.
         * @description Access: admin, director.
         */
        patch: operations["patchFrontdeskReasonsById"];
        trace?: never;
    };
    "/api/frontdesk/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Visits over a period, by period, reason and orientation.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getFrontdeskStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frontdesk/stats/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.
         * @description Access: admin, director, reception, social_worker.
         */
        get: operations["getFrontdeskStatsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frontdesk/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logs a visitor (anonymous, or a person of the registry).
         * @description Access: admin, reception.
         */
        post: operations["postFrontdeskVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frontdesk/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Deletes a visit logged by mistake.
         * @description Access: admin, reception.
         */
        delete: operations["deleteFrontdeskVisitsById"];
        options?: never;
        head?: never;
        /**
         * Corrects a logged visit.
         * @description Access: admin, reception.
         */
        patch: operations["patchFrontdeskVisitsById"];
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server answers, its database is up and every migration is applied (503 when not). */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The last imports, newest first, with their counts, and the fields a file may give.
         * @description Access: admin, director.
         */
        get: operations["getImports"];
        put?: never;
        /**
         * Uploads a file (xlsx or csv, base64, 20 MB at most): reads it, proposes a column mapping (the one last used for a file of the same shape), and keeps it as a draft.
         * @description Access: admin, director.
         */
        post: operations["postImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A draft import's rows (a page, all or only errors or duplicates), each with its status, its errors and what a commit would do.
         * @description Access: admin, director.
         */
        get: operations["getImportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Writes every row in one transaction (all or nothing) and records the import; rows with errors are refused, undecided duplicates skipped.
         * @description Access: admin, director.
         */
        post: operations["postImportsByIdCommit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a commit would create, update, refuse and skip now; writes nothing.
         * @description Access: admin, director.
         */
        post: operations["postImportsByIdDryRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets which field each column gives (remembered for the next file of the same shape).
         * @description Access: admin, director.
         */
        put: operations["putImportsByIdMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How far a running commit is (rows written of the total).
         * @description Access: admin, director.
         */
        get: operations["getImportsByIdProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/rows/{row}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Fixes cells of one row in place; answers the row checked again.
         * @description Access: admin, director.
         */
        patch: operations["patchImportsByIdRowsByRow"];
        trace?: never;
    };
    "/api/imports/{id}/rows/{row}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Decides on a possible duplicate: skip the row, create a new record anyway, link the row to the record, or merge it into the record (fills its empty fields).
         * @description Access: admin, director.
         */
        put: operations["putImportsByIdRowsByRowDecision"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undoes a whole import, unless something recorded since depends on it (the answer says which record).
         * @description Access: admin, director.
         */
        post: operations["postImportsByIdUndo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/bulk/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates or updates up to 5,000 people of another tool in one transaction, by their id in that source: the same source and id again updates (never duplicates); a new id whose NISS the registry holds links to that record. One result per item, in order.
         * @description Access: admin, director.
         */
        post: operations["postImportsBulkPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's activities month by month against last year, and the running projects.
         * @description Access: any logged-in staff member.
         */
        get: operations["getObservatoryDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/manual-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures entered by hand for a year (default: the current year).
         * @description Access: any logged-in staff member.
         */
        get: operations["getObservatoryManualFigures"];
        /**
         * Enters (or corrects) the figure of an activity that is not tracked person by person, with its source.
         * @description Access: admin, director, project_officer, communication.
         */
        put: operations["putObservatoryManualFigures"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/manual-figures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Deletes a hand-entered figure.
         * @description Access: admin, director, project_officer, communication.
         */
        delete: operations["deleteObservatoryManualFiguresById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people reached per activity and year, suppressed where fewer than 5 people are behind a figure; one year, or every year (JSON or csv). */
        get: operations["getObservatoryOpenData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/open-data/dcat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The DCAT-AP description of the open data (JSON-LD): dataset, distributions, licence, publisher. */
        get: operations["getObservatoryOpenDataDcat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/open-data/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Frictionless Table Schema of the open-data csv. */
        get: operations["getObservatoryOpenDataSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/people-reached": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people-reached table of a year (default: the current year) beside the year before.
         * @description Access: any logged-in staff member.
         */
        get: operations["getObservatoryPeopleReached"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/people-reached/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people-reached table of a year and the year before, as xlsx or csv.
         * @description Access: any logged-in staff member.
         */
        get: operations["getObservatoryPeopleReachedExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/people-reached/lines/{key}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The identified people a tracked line counts (audited); only for those who may read the module that owns the line.
         * @description Access: admin, director, reception, social_worker, trainer, project_officer.
         */
        get: operations["getObservatoryPeopleReachedLinesByKeyPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual report of a year (default: the current year): sections, figures, charts, texts and the people reached.
         * @description Access: any logged-in staff member.
         */
        get: operations["getObservatoryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/report/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual report as xlsx (one sheet per section) or csv (one table with a section column).
         * @description Access: any logged-in staff member.
         */
        get: operations["getObservatoryReportExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/report/texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report's texts of a year, each in French, Dutch and English (null where not written).
         * @description Access: any logged-in staff member.
         */
        get: operations["getObservatoryReportTexts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/report/texts/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Writes one language's version of a report text (the introduction, a section's comment, the perspectives); an empty text removes it.
         * @description Access: admin, director, project_officer, communication.
         */
        put: operations["putObservatoryReportTextsBySection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observatory/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The licence of the open data and the name of the publisher.
         * @description Access: any logged-in staff member.
         */
        get: operations["getObservatorySettings"];
        /**
         * Sets the licence of the open data and the name of the publisher.
         * @description Access: admin.
         */
        put: operations["putObservatorySettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists job offers (every status), latest change first.
         * @description Access: admin, director, project_officer, communication, reception.
         */
        get: operations["getOffers"];
        put?: never;
        /**
         * Adds a job offer (a draft, or published).
         * @description Access: admin, project_officer, communication.
         */
        post: operations["postOffers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One job offer.
         * @description Access: admin, director, project_officer, communication, reception.
         */
        get: operations["getOffersById"];
        put?: never;
        post?: never;
        /**
         * Deletes a job offer entered by mistake.
         * @description Access: admin, project_officer, communication.
         */
        delete: operations["deleteOffersById"];
        options?: never;
        head?: never;
        /**
         * Changes a job offer: its texts, or its status (publish, filled).
         * @description Access: admin, project_officer, communication.
         */
        patch: operations["patchOffersById"];
        trace?: never;
    };
    "/api/offers/exhibitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the exhibitors (of one event, or all), by stand.
         * @description Access: admin, director, project_officer, communication, reception.
         */
        get: operations["getOffersExhibitors"];
        put?: never;
        /**
         * Adds an organisation of the registry as an exhibitor of an event.
         * @description Access: admin, project_officer, communication.
         */
        post: operations["postOffersExhibitors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/exhibitors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes an exhibitor (its offers stay, without the exhibitor).
         * @description Access: admin, project_officer, communication.
         */
        delete: operations["deleteOffersExhibitorsById"];
        options?: never;
        head?: never;
        /**
         * Changes an exhibitor's stand, contact or counts.
         * @description Access: admin, project_officer, communication.
         */
        patch: operations["patchOffersExhibitorsById"];
        trace?: never;
    };
    "/api/offers/exhibitors/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Makes the exhibitor's private link (the previous one stops working); the token is shown this once.
         * @description Access: admin, project_officer, communication.
         */
        post: operations["postOffersExhibitorsByIdLink"];
        /**
         * Revokes the exhibitor's private link.
         * @description Access: admin, project_officer, communication.
         */
        delete: operations["deleteOffersExhibitorsByIdLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/exhibitors/{id}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Staff count for a stand: job seekers met, CVs, interviews, hired (+1, or -1 to undo).
         * @description Access: admin, project_officer, communication.
         */
        post: operations["postOffersExhibitorsByIdTally"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/exhibitors/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An event's exhibitors with their offers and the job seekers they met, as xlsx or csv.
         * @description Access: admin, director, project_officer, communication, reception.
         */
        get: operations["getOffersExhibitorsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The job offers as a spreadsheet (xlsx) or a csv.
         * @description Access: admin, director, project_officer, communication, reception.
         */
        get: operations["getOffersExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exhibitors, offers, positions and job seekers met over a period, per event and by contract.
         * @description Access: admin, director, project_officer, communication.
         */
        get: operations["getOffersStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/stats/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.
         * @description Access: admin, director, project_officer, communication.
         */
        get: operations["getOffersStatsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the active partner organisations by name (all of them with all=true), or those whose name contains q.
         * @description Access: any logged-in staff member.
         */
        get: operations["getOrganisations"];
        put?: never;
        /**
         * Adds a partner organisation.
         * @description Access: admin.
         */
        post: operations["postOrganisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One partner organisation.
         * @description Access: any logged-in staff member.
         */
        get: operations["getOrganisationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a partner organisation, or deactivates it.
         * @description Access: admin.
         */
        patch: operations["patchOrganisationsById"];
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The messages the user may see (those of their work), by status: waiting to be sent by hand, failed, sent.
         * @description Access: any logged-in staff member.
         */
        get: operations["getOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks a message as sent by hand (called, posted or e-mailed by staff).
         * @description Access: any logged-in staff member.
         */
        post: operations["postOutboxByIdDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tries a failed e-mail again.
         * @description Access: any logged-in staff member.
         */
        post: operations["postOutboxByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finds people by name (spelling or sound), phone number or birth date; tells only what is needed to pick one, and is audited.
         * @description Access: admin, director, reception, social_worker, trainer, project_officer.
         */
        get: operations["getPeople"];
        put?: never;
        /**
         * Records a person (refused with the probable duplicates unless confirmNotDuplicate is set).
         * @description Access: admin, reception, social_worker, trainer, project_officer.
         */
        post: operations["postPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Opens a person's record, with the consents (the read is audited).
         * @description Access: admin, director, reception, social_worker, trainer, project_officer.
         */
        get: operations["getPeopleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a person's record.
         * @description Access: admin, reception, social_worker, trainer, project_officer.
         */
        patch: operations["patchPeopleById"];
        trace?: never;
    };
    "/api/people/{id}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's appointments, latest first; a desk whose work is not the caller's shows as a busy slot (its time only).
         * @description Access: admin, director, reception, social_worker, trainer, project_officer.
         */
        get: operations["getPeopleByIdAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a consent the person gave.
         * @description Access: admin, reception, social_worker, trainer, project_officer.
         */
        post: operations["postPeopleByIdConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records that the person withdrew a consent.
         * @description Access: admin, reception, social_worker, trainer, project_officer.
         */
        post: operations["postPeopleByIdConsentsByConsentIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erases a person's identity (GDPR); what statistics need stays, anonymous.
         * @description Access: admin, director.
         */
        post: operations["postPeopleByIdErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything Relais holds about a person, from every module, in the person's language (GDPR right of access); confidential social notes only in a social worker's export.
         * @description Access: admin, director, social_worker.
         */
        get: operations["getPeopleByIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merges a duplicate into this record: every row of every module moves to it, the duplicate points to it.
         * @description Access: admin, reception, social_worker.
         */
        post: operations["postPeopleByIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/not-duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Says that two records are two different people: the pair is not proposed again.
         * @description Access: admin, reception, social_worker.
         */
        post: operations["postPeopleByIdNotDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What happened with a person in every module, latest first, as far as the caller may know.
         * @description Access: admin, director, reception, social_worker, trainer, project_officer.
         */
        get: operations["getPeopleByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Brussels communes with their French and Dutch names and postal codes.
         * @description Access: any logged-in staff member.
         */
        get: operations["getPeopleCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Records that may describe the person being typed (name and birth date), for the warning at creation.
         * @description Access: admin, director, reception, social_worker, trainer, project_officer.
         */
        get: operations["getPeopleDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People with no recorded activity for some years, oldest first: to review for erasure.
         * @description Access: admin, director.
         */
        get: operations["getPeopleRetention"];
        /**
         * Sets after how many years without activity a person comes up for review.
         * @description Access: admin, director.
         */
        put: operations["putPeopleRetention"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/suspected-duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pairs of records that may be one person, with the reasons, to merge or to mark as two people.
         * @description Access: admin, reception, social_worker.
         */
        get: operations["getPeopleSuspectedDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every project with its objectives.
         * @description Access: any logged-in staff member.
         */
        get: operations["getProjects"];
        put?: never;
        /**
         * Creates a project with its objectives.
         * @description Access: admin, director, project_officer.
         */
        post: operations["postProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One project with its objectives.
         * @description Access: any logged-in staff member.
         */
        get: operations["getProjectsById"];
        /**
         * Changes a project and replaces its objectives.
         * @description Access: admin, director, project_officer.
         */
        put: operations["putProjectsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's objectives against what the records count, up to a date (default today).
         * @description Access: any logged-in staff member.
         */
        get: operations["getProjectsByIdProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/evaluations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation form behind a public link (404 unknown link, 410 closed). */
        get: operations["getPublicEvaluationsByToken"];
        put?: never;
        /** A participant sends the evaluation form, without an account. */
        post: operations["postPublicEvaluationsByToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published events still to come. */
        get: operations["getPublicEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published event with its registration form (questions, programme, places left). */
        get: operations["getPublicEventsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registers for an event without an account (a limit per address); the ticket is sent by message, or a place on the waiting list. */
        post: operations["postPublicEventsByIdRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events/tickets/{secret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket as its holder sees it. */
        get: operations["getPublicEventsTicketsBySecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events/tickets/{secret}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The holder accepts a place offered from the waiting list. */
        post: operations["postPublicEventsTicketsBySecretAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events/tickets/{secret}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The holder cancels a registration; the place goes to the waiting list. */
        post: operations["postPublicEventsTicketsBySecretCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events/tickets/{secret}/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The QR code of a ticket (PNG). */
        get: operations["getPublicEventsTicketsBySecretQrPng"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/exhibitors/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an exhibitor sees through its private link: its stand, counts and offers (410 once revoked or expired). */
        get: operations["getPublicExhibitorsByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/exhibitors/{token}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The exhibitor posts a job offer through its private link. */
        post: operations["postPublicExhibitorsByTokenOffers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/exhibitors/{token}/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** The exhibitor changes one of its own offers (another exhibitor’s is not found). */
        patch: operations["patchPublicExhibitorsByTokenOffersById"];
        trace?: never;
    };
    "/api/public/exhibitors/{token}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The exhibitor counts job seekers met, CVs received, interviews planned, people hired (+1, or -1 to undo). */
        post: operations["postPublicExhibitorsByTokenTally"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published job offers still valid today, newest first, in French, Dutch and English. */
        get: operations["getPublicOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published, valid job offer (404 once it is filled or expired). */
        get: operations["getPublicOffersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/offers/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A QR code to the offer's public page (for the printed fair guide). */
        get: operations["getPublicOffersByIdQrSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/offers/guide/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event's fair guide: the exhibitors by stand, each with its published offers. */
        get: operations["getPublicOffersGuideByEventId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rooms anyone may ask for: capacity, equipment, photo, access. */
        get: operations["getPublicRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rooms/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An iCalendar feed of one room's confirmed bookings (no personal data). */
        get: operations["getPublicRoomsByIdCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rooms/{id}/free-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A room's opening periods of a day with its taken and free slots, without saying who booked. */
        get: operations["getPublicRoomsByIdFreeSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rooms/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An iCalendar feed of every room (confirmed bookings, no personal data). */
        get: operations["getPublicRoomsCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rooms/occupation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The day's and the week's taken slots of every room (named only when the organisation agreed). */
        get: operations["getPublicRoomsOccupation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rooms/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Asks for a room from the public form (logistics decides; the requester gets a reference). */
        post: operations["postPublicRoomsRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rooms/requests/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What became of a public request, by its reference. */
        get: operations["getPublicRoomsRequestsByReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rooms/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entrance screen: today's bookings, room by room, and what is on now. */
        get: operations["getPublicRoomsScreen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the active rooms (all with all=true).
         * @description Access: any logged-in staff member.
         */
        get: operations["getRooms"];
        put?: never;
        /**
         * Adds a room.
         * @description Access: admin, logistics.
         */
        post: operations["postRooms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One room.
         * @description Access: any logged-in staff member.
         */
        get: operations["getRoomsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a room's details, prices or whether it is active.
         * @description Access: admin, logistics.
         */
        patch: operations["patchRoomsById"];
        trace?: never;
    };
    "/api/rooms/{id}/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Closes a room for a period (refused while live bookings are in it).
         * @description Access: admin, logistics.
         */
        post: operations["postRoomsByIdClosures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists bookings by period, room, organisation, status or series.
         * @description Access: any logged-in staff member.
         */
        get: operations["getRoomsBookings"];
        put?: never;
        /**
         * Books a room: confirmed when logistics books, a request otherwise; 409 names the booking in the way and the rooms free.
         * @description Access: any logged-in staff member.
         */
        post: operations["postRoomsBookings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One booking.
         * @description Access: any logged-in staff member.
         */
        get: operations["getRoomsBookingsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a booking's details (its requester while requested, logistics always).
         * @description Access: any logged-in staff member.
         */
        patch: operations["patchRoomsBookingsById"];
        trace?: never;
    };
    "/api/rooms/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels a booking (its requester, or logistics).
         * @description Access: any logged-in staff member.
         */
        post: operations["postRoomsBookingsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/bookings/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirms a requested booking (the requester is told).
         * @description Access: admin, logistics.
         */
        post: operations["postRoomsBookingsByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/bookings/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moves a booking to another time or room (an occurrence of a series becomes detached).
         * @description Access: any logged-in staff member.
         */
        post: operations["postRoomsBookingsByIdMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/bookings/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuses a requested booking (the requester is told).
         * @description Access: admin, logistics.
         */
        post: operations["postRoomsBookingsByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every active room with its live bookings and closures over some days (a week view).
         * @description Access: any logged-in staff member.
         */
        get: operations["getRoomsCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the closures of the rooms (of one room with roomId).
         * @description Access: any logged-in staff member.
         */
        get: operations["getRoomsClosures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/closures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes a closure.
         * @description Access: admin, logistics.
         */
        delete: operations["deleteRoomsClosuresById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/free": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The active rooms free during a period, with enough seats and the equipment asked.
         * @description Access: any logged-in staff member.
         */
        get: operations["getRoomsFree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registry's organisations with their room settings (named publicly, free of charge).
         * @description Access: admin, logistics.
         */
        get: operations["getRoomsOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets whether an organisation is named on the public pages and books for free.
         * @description Access: admin, logistics.
         */
        put: operations["putRoomsOrganisationsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Books a room on a recurring rule (RFC 5545), each occurrence at the same Brussels wall time.
         * @description Access: any logged-in staff member.
         */
        post: operations["postRoomsSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recurring booking with all its occurrences.
         * @description Access: any logged-in staff member.
         */
        get: operations["getRoomsSeriesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/series/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels the live occurrences of a series from a day on (all without a day).
         * @description Access: any logged-in staff member.
         */
        post: operations["postRoomsSeriesByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/series/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirms every requested occurrence of a series, all or nothing.
         * @description Access: admin, logistics.
         */
        post: operations["postRoomsSeriesByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A month's confirmed bookings per organisation with the amount due.
         * @description Access: admin, logistics, director.
         */
        get: operations["getRoomsStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/statements/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The month's statement as a spreadsheet: the whole month, then a sheet per organisation (csv: the whole month).
         * @description Access: admin, logistics, director.
         */
        get: operations["getRoomsStatementsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year of confirmed bookings by month, organisation and room, with occupancy and the year before.
         * @description Access: admin, logistics, director.
         */
        get: operations["getRoomsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/stats/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.
         * @description Access: admin, logistics, director.
         */
        get: operations["getRoomsStatsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the installation still needs its first administrator. */
        get: operations["getSetup"];
        put?: never;
        /** Creates the first administrator with the setup code printed at the first start. */
        post: operations["postSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the active sites (all of them with all=true), with their opening hours.
         * @description Access: any logged-in staff member.
         */
        get: operations["getSites"];
        put?: never;
        /**
         * Adds a site.
         * @description Access: admin.
         */
        post: operations["postSites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One site, with its opening hours.
         * @description Access: any logged-in staff member.
         */
        get: operations["getSitesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a site's name, address, opening hours, or deactivates it.
         * @description Access: admin.
         */
        patch: operations["patchSitesById"];
        trace?: never;
    };
    "/api/socialdesk/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the problem categories (active ones, or all with all=true).
         * @description Access: admin, director, social_worker.
         */
        get: operations["getSocialdeskCategories"];
        put?: never;
        /**
         * Adds a problem category.
         * @description Access: admin, social_worker.
         */
        post: operations["postSocialdeskCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/socialdesk/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Renames, reorders or deactivates a problem category.
         * @description Access: admin, social_worker.
         */
        patch: operations["patchSocialdeskCategoriesById"];
        trace?: never;
    };
    "/api/socialdesk/followups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Closes, reopens or corrects a follow-up.
         * @description Access: admin, social_worker.
         */
        patch: operations["patchSocialdeskFollowupsById"];
        trace?: never;
    };
    "/api/socialdesk/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists interviews, latest first, by person, site, category or period (never the confidential notes).
         * @description Access: admin, director, social_worker.
         */
        get: operations["getSocialdeskInterviews"];
        put?: never;
        /**
         * Records an interview (the person's first one opens their follow-up).
         * @description Access: admin, social_worker.
         */
        post: operations["postSocialdeskInterviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/socialdesk/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One interview, without its confidential notes (reading it is audited).
         * @description Access: admin, director, social_worker.
         */
        get: operations["getSocialdeskInterviewsById"];
        put?: never;
        post?: never;
        /**
         * Deletes an interview recorded by mistake.
         * @description Access: admin, social_worker.
         */
        delete: operations["deleteSocialdeskInterviewsById"];
        options?: never;
        head?: never;
        /**
         * Corrects an interview.
         * @description Access: admin, social_worker.
         */
        patch: operations["patchSocialdeskInterviewsById"];
        trace?: never;
    };
    "/api/socialdesk/interviews/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An interview's confidential notes (the social worker only; reading them is audited).
         * @description Access: social_worker.
         */
        get: operations["getSocialdeskInterviewsByIdNotes"];
        put?: never;
        /**
         * Adds a confidential note to an interview.
         * @description Access: social_worker.
         */
        post: operations["postSocialdeskInterviewsByIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/socialdesk/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rewrites a confidential note.
         * @description Access: social_worker.
         */
        patch: operations["patchSocialdeskNotesById"];
        trace?: never;
    };
    "/api/socialdesk/people/{id}/followups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's follow-ups: whether one is open, and since when.
         * @description Access: admin, director, social_worker.
         */
        get: operations["getSocialdeskPeopleByIdFollowups"];
        put?: never;
        /**
         * Opens a follow-up of a person (one open at a time).
         * @description Access: admin, social_worker.
         */
        post: operations["postSocialdeskPeopleByIdFollowups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/socialdesk/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's figures of the social desk beside the year before's.
         * @description Access: director, social_worker.
         */
        get: operations["getSocialdeskStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/socialdesk/stats/drill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people or the interviews behind one figure (reading names is audited).
         * @description Access: director, social_worker.
         */
        get: operations["getSocialdeskStatsDrill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/socialdesk/stats/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year's figures, or the records behind one figure (key=...), as xlsx or csv.
         * @description Access: director, social_worker.
         */
        get: operations["getSocialdeskStatsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/participants/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a participant's attendance certificate shows (an audited read of the person).
         * @description Access: admin, trainer, project_officer.
         */
        get: operations["getTrainingsParticipantsByIdCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/participants/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Records what became of a participant (a job, a training, still looking).
         * @description Access: admin, trainer, project_officer.
         */
        put: operations["putTrainingsParticipantsByIdOutcome"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/participants/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraws a participant; the freed place goes to the waiting list.
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsParticipantsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the programmes (active ones, or all with all=true), with their sessions and participants counted.
         * @description Access: admin, trainer, project_officer.
         */
        get: operations["getTrainingsProgrammes"];
        put?: never;
        /**
         * Creates a programme with its partners, trainers and evaluation questions.
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsProgrammes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme with its partners, trainers, questions and sessions.
         * @description Access: admin, trainer, project_officer.
         */
        get: operations["getTrainingsProgrammesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a programme (its partners and trainers as whole lists).
         * @description Access: admin, trainer, project_officer.
         */
        patch: operations["patchTrainingsProgrammesById"];
        trace?: never;
    };
    "/api/trainings/programmes/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What became of a programme's participants, per session (a year, or every year).
         * @description Access: admin, director, trainer, project_officer.
         */
        get: operations["getTrainingsProgrammesByIdOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/programmes/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds a question to the programme's evaluation.
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsProgrammesByIdQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/programmes/{id}/questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rewords, reorders or retires an evaluation question.
         * @description Access: admin, trainer, project_officer.
         */
        patch: operations["patchTrainingsProgrammesByIdQuestionsByQuestionId"];
        trace?: never;
    };
    "/api/trainings/programmes/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plans a session of a programme over one or several days.
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsProgrammesByIdSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A session with its days, participants (attendance per day) and waiting list.
         * @description Access: admin, trainer, project_officer.
         */
        get: operations["getTrainingsSessionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a session: title, room, capacity, days (days kept keep their attendance).
         * @description Access: admin, trainer, project_officer.
         */
        patch: operations["patchTrainingsSessionsById"];
        trace?: never;
    };
    "/api/trainings/sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Records who was present on a day of the session.
         * @description Access: admin, trainer, project_officer.
         */
        put: operations["putTrainingsSessionsByIdAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/sessions/{id}/evaluation/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Closes the session's evaluation: its public link answers no more.
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsSessionsByIdEvaluationClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/sessions/{id}/evaluation/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Opens the session's evaluation and gives its public link.
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsSessionsByIdEvaluationOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/sessions/{id}/evaluation/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QR code of the open evaluation's public link.
         * @description Access: admin, trainer, project_officer.
         */
        get: operations["getTrainingsSessionsByIdEvaluationQrSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/sessions/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The session's evaluation: average and distribution per question, comments.
         * @description Access: admin, trainer, project_officer.
         */
        get: operations["getTrainingsSessionsByIdEvaluations"];
        put?: never;
        /**
         * Types in a paper evaluation form.
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsSessionsByIdEvaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/sessions/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrols a person or a professional (on the waiting list when the session is full).
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsSessionsByIdParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/sessions/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks a session running, done or cancelled (with a reason).
         * @description Access: admin, trainer, project_officer.
         */
        post: operations["postTrainingsSessionsByIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainings/stats/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year of trainings: programmes, sessions, participants, attendance, evaluations, outcomes.
         * @description Access: admin, director, trainer, project_officer.
         */
        get: operations["getTrainingsStatsByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the staff accounts.
         * @description Access: admin.
         */
        get: operations["getUsers"];
        put?: never;
        /**
         * Creates a staff account (no account is administrator and social worker at once).
         * @description Access: admin.
         */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One staff account.
         * @description Access: admin.
         */
        get: operations["getUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes an account's name, e-mail, roles, language or whether it is active (nobody gives their own account a role).
         * @description Access: admin.
         */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resets an account's password: its sessions end, and its holder must choose a new one and is told who reset it and when.
         * @description Access: admin.
         */
        post: operations["postUsersByIdPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Appointment: {
            cancelledAt: string | null;
            cancelReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            desk: {
                id: number;
                /** @enum {string} */
                module: "socialdesk" | "appointments";
                name: string;
            };
            durationMinutes: number;
            /** @description HH:MM, Europe/Brussels */
            end: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            notes: string | null;
            outcomeAt: string | null;
            person: {
                erased: boolean;
                firstName: string;
                id: number;
                lastName: string;
            };
            purpose: string | null;
            reminderSentAt: string | null;
            rescheduleCount: number;
            site: {
                address: string | null;
                id: number;
                name: string;
                postalCode: string | null;
            };
            staff: {
                id: number;
                name: string;
            };
            /** @description HH:MM, Europe/Brussels */
            start: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "booked" | "attended" | "no_show" | "cancelled";
            /** @description purpose, notes and cancel reason are kept from the caller: the desk's module is not theirs */
            withheld: boolean;
        };
        /** @description An appointment of a desk whose work is not the caller’s: that the person is busy, and when. */
        AppointmentBusySlot: {
            /** @constant */
            busy: true;
            /** Format: date */
            date: string;
            /** @description HH:MM, Europe/Brussels */
            end: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            /** @description HH:MM, Europe/Brussels */
            start: string;
            /** Format: date-time */
            startsAt: string;
        };
        /** @description An appointment of a desk whose work is not the caller’s: that the person is busy, and when. */
        AppointmentBusySlotInput: {
            /** @constant */
            busy: true;
            /** Format: date */
            date: string;
            /** @description HH:MM, Europe/Brussels */
            end: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            /** @description HH:MM, Europe/Brussels */
            start: string;
            /** Format: date-time */
            startsAt: string;
        };
        AppointmentCalendar: {
            days: {
                appointments: components["schemas"]["Appointment"][];
                /** Format: date */
                date: string;
                sessions: components["schemas"]["AppointmentSession"][];
                weekday: number;
            }[];
            filter: {
                deskId: number | null;
                siteId: number | null;
                staffUserId: number | null;
            };
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @enum {string} */
            view: "day" | "week";
        };
        AppointmentCalendarInput: {
            days: {
                appointments: components["schemas"]["AppointmentInput"][];
                /** Format: date */
                date: string;
                sessions: components["schemas"]["AppointmentSessionInput"][];
                weekday: number;
            }[];
            filter: {
                deskId: number | null;
                siteId: number | null;
                staffUserId: number | null;
            };
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @enum {string} */
            view: "day" | "week";
        };
        AppointmentCallList: {
            /** Format: date */
            date: string;
            items: {
                appointmentId: number;
                /** Format: date */
                date: string;
                desk: {
                    id: number;
                    /** @enum {string} */
                    module: "socialdesk" | "appointments";
                    name: string;
                };
                /** @description HH:MM, Europe/Brussels */
                end: string;
                person: {
                    email: string | null;
                    firstName: string;
                    id: number;
                    lastName: string;
                    /** @enum {string} */
                    locale: "fr" | "nl" | "en";
                    phone: string | null;
                };
                purpose: string | null;
                /** @enum {string} */
                reason: "mail_not_configured" | "no_email" | "no_email_consent" | "reminder_not_sent";
                site: {
                    address: string | null;
                    id: number;
                    name: string;
                    postalCode: string | null;
                };
                staff: {
                    id: number;
                    name: string;
                };
                /** @description HH:MM, Europe/Brussels */
                start: string;
            }[];
            mailEnabled: boolean;
            total: number;
        };
        AppointmentCallListInput: {
            /** Format: date */
            date: string;
            items: {
                appointmentId: number;
                /** Format: date */
                date: string;
                desk: {
                    id: number;
                    /** @enum {string} */
                    module: "socialdesk" | "appointments";
                    name: string;
                };
                /** @description HH:MM, Europe/Brussels */
                end: string;
                person: {
                    email: string | null;
                    firstName: string;
                    id: number;
                    lastName: string;
                    /** @enum {string} */
                    locale: "fr" | "nl" | "en";
                    phone: string | null;
                };
                purpose: string | null;
                /** @enum {string} */
                reason: "mail_not_configured" | "no_email" | "no_email_consent" | "reminder_not_sent";
                site: {
                    address: string | null;
                    id: number;
                    name: string;
                    postalCode: string | null;
                };
                staff: {
                    id: number;
                    name: string;
                };
                /** @description HH:MM, Europe/Brussels */
                start: string;
            }[];
            mailEnabled: boolean;
            total: number;
        };
        AppointmentCard: {
            appointment: components["schemas"]["Appointment"];
            icsUrl: string;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            person: {
                firstName: string;
                lastName: string;
            };
            purpose: string | null;
            when: {
                /** Format: date */
                date: string;
                /** @description HH:MM, Europe/Brussels */
                end: string;
                longDate: string;
                /** @description HH:MM, Europe/Brussels */
                start: string;
            };
            where: {
                address: string | null;
                desk: string;
                postalCode: string | null;
                site: string;
            };
            with: string;
        };
        AppointmentCardInput: {
            appointment: components["schemas"]["AppointmentInput"];
            icsUrl: string;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            person: {
                firstName: string;
                lastName: string;
            };
            purpose: string | null;
            when: {
                /** Format: date */
                date: string;
                /** @description HH:MM, Europe/Brussels */
                end: string;
                longDate: string;
                /** @description HH:MM, Europe/Brussels */
                start: string;
            };
            where: {
                address: string | null;
                desk: string;
                postalCode: string | null;
                site: string;
            };
            with: string;
        };
        AppointmentDesk: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            hours: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
                weekday: number;
            }[];
            id: number;
            /**
             * @description whose work the desk is: its appointments' purpose and notes are for that module's readers only
             * @enum {string}
             */
            module: "socialdesk" | "appointments";
            name: string;
            siteId: number;
            slotMinutes: number;
            staffUserId: number;
            /** Format: date-time */
            updatedAt: string;
        };
        AppointmentDeskInput: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            hours: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
                weekday: number;
            }[];
            id: number;
            /**
             * @description whose work the desk is: its appointments' purpose and notes are for that module's readers only
             * @enum {string}
             */
            module: "socialdesk" | "appointments";
            name: string;
            siteId: number;
            slotMinutes: number;
            staffUserId: number;
            /** Format: date-time */
            updatedAt: string;
        };
        AppointmentInput: {
            cancelledAt: string | null;
            cancelReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            desk: {
                id: number;
                /** @enum {string} */
                module: "socialdesk" | "appointments";
                name: string;
            };
            durationMinutes: number;
            /** @description HH:MM, Europe/Brussels */
            end: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            notes: string | null;
            outcomeAt: string | null;
            person: {
                erased: boolean;
                firstName: string;
                id: number;
                lastName: string;
            };
            purpose: string | null;
            reminderSentAt: string | null;
            rescheduleCount: number;
            site: {
                address: string | null;
                id: number;
                name: string;
                postalCode: string | null;
            };
            staff: {
                id: number;
                name: string;
            };
            /** @description HH:MM, Europe/Brussels */
            start: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "booked" | "attended" | "no_show" | "cancelled";
            /** @description purpose, notes and cancel reason are kept from the caller: the desk's module is not theirs */
            withheld: boolean;
        };
        AppointmentReminders: {
            /** Format: date */
            date: string;
            mailEnabled: boolean;
            /** @description e-mails handed to the outbox, which sends them */
            queued: number;
            skipped: number;
        };
        AppointmentRemindersInput: {
            /** Format: date */
            date: string;
            mailEnabled: boolean;
            /** @description e-mails handed to the outbox, which sends them */
            queued: number;
            skipped: number;
        };
        AppointmentSession: {
            deskId: number;
            deskName: string;
            /** Format: date-time */
            endsAt: string;
            /** @description HH:MM, Europe/Brussels */
            from: string;
            siteId: number;
            siteName: string;
            slotMinutes: number;
            staffName: string;
            staffUserId: number;
            /** Format: date-time */
            startsAt: string;
            /** @description HH:MM, Europe/Brussels */
            to: string;
        };
        AppointmentSessionInput: {
            deskId: number;
            deskName: string;
            /** Format: date-time */
            endsAt: string;
            /** @description HH:MM, Europe/Brussels */
            from: string;
            siteId: number;
            siteName: string;
            slotMinutes: number;
            staffName: string;
            staffUserId: number;
            /** Format: date-time */
            startsAt: string;
            /** @description HH:MM, Europe/Brussels */
            to: string;
        };
        AppointmentSlot: {
            /** @description HH:MM, Europe/Brussels */
            end: string;
            /** Format: date-time */
            endsAt: string;
            free: boolean;
            past: boolean;
            /** @description HH:MM, Europe/Brussels */
            start: string;
            /** Format: date-time */
            startsAt: string;
        };
        AppointmentSlotInput: {
            /** @description HH:MM, Europe/Brussels */
            end: string;
            /** Format: date-time */
            endsAt: string;
            free: boolean;
            past: boolean;
            /** @description HH:MM, Europe/Brussels */
            start: string;
            /** Format: date-time */
            startsAt: string;
        };
        AppointmentStaff: {
            id: number;
            name: string;
            roles: string[];
        };
        AppointmentStaffInput: {
            id: number;
            name: string;
            roles: string[];
        };
        AppointmentStats: {
            attended: number;
            booked: number;
            byDesk: {
                attended: number;
                booked: number;
                cancelled: number;
                deskId: number;
                deskName: string;
                distinctPeopleAttended: number;
                noShows: number;
                siteId: number;
            }[];
            cancelled: number;
            distinctPeopleAttended: number;
            /** @description no-shows / (attended + no-shows), a fraction */
            noShowRate: number | null;
            noShows: number;
            pending: number;
            year: number;
        };
        AppointmentStatsInput: {
            attended: number;
            booked: number;
            byDesk: {
                attended: number;
                booked: number;
                cancelled: number;
                deskId: number;
                deskName: string;
                distinctPeopleAttended: number;
                noShows: number;
                siteId: number;
            }[];
            cancelled: number;
            distinctPeopleAttended: number;
            /** @description no-shows / (attended + no-shows), a fraction */
            noShowRate: number | null;
            noShows: number;
            pending: number;
            year: number;
        };
        /** @description Who did what to which record, when and from where. */
        AuditEntry: {
            action: string;
            actorName: string | null;
            actorUserId: number | null;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: unknown;
            } | null;
            entityId: string | null;
            entityType: string;
            id: number;
            ip: string | null;
        };
        /** @description Who did what to which record, when and from where. */
        AuditEntryInput: {
            action: string;
            actorName: string | null;
            actorUserId: number | null;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: unknown;
            } | null;
            entityId: string | null;
            entityType: string;
            id: number;
            ip: string | null;
        };
        BulkPersonResult: {
            externalId: string;
            id: number;
            /** @enum {string} */
            result: "created" | "updated" | "unchanged" | "linked";
        };
        BulkPersonResultInput: {
            externalId: string;
            id: number;
            /** @enum {string} */
            result: "created" | "updated" | "unchanged" | "linked";
        };
        Commune: {
            fr: string;
            nl: string;
            postalCodes: string[];
        };
        CommuneInput: {
            fr: string;
            nl: string;
            postalCodes: string[];
        };
        /** @description The live room: each PC (free, in use since..., out of order), the waiting list and the visits of the day. */
        EpnBoard: {
            /** Format: date */
            day: string;
            isOpen: boolean;
            /** Format: date-time */
            now: string;
            openingHours: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
                weekday: number;
            }[];
            todayCount: number;
            waiting: {
                ageBracket: ("under_20" | "20_30" | "30_40" | "40_50" | "50_60" | "60_plus") | null;
                gender: ("F" | "M" | "X") | null;
                helpKindIds: number[];
                id: number;
                label: string | null;
                minutes: number;
                personId: number | null;
                position: number;
                /** Format: date-time */
                since: string;
            }[];
            workstations: {
                id: number;
                name: string;
                /** @enum {string} */
                state: "free" | "in_use" | "out_of_order";
                stateNote: string | null;
                visit: {
                    ageBracket: ("under_20" | "20_30" | "30_40" | "40_50" | "50_60" | "60_plus") | null;
                    gender: ("F" | "M" | "X") | null;
                    helpKindIds: number[];
                    id: number;
                    label: string | null;
                    minutes: number;
                    personId: number | null;
                    /** Format: date-time */
                    since: string;
                } | null;
            }[];
        };
        /** @description The live room: each PC (free, in use since..., out of order), the waiting list and the visits of the day. */
        EpnBoardInput: {
            /** Format: date */
            day: string;
            isOpen: boolean;
            /** Format: date-time */
            now: string;
            openingHours: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
                weekday: number;
            }[];
            todayCount: number;
            waiting: {
                ageBracket: ("under_20" | "20_30" | "30_40" | "40_50" | "50_60" | "60_plus") | null;
                gender: ("F" | "M" | "X") | null;
                helpKindIds: number[];
                id: number;
                label: string | null;
                minutes: number;
                personId: number | null;
                position: number;
                /** Format: date-time */
                since: string;
            }[];
            workstations: {
                id: number;
                name: string;
                /** @enum {string} */
                state: "free" | "in_use" | "out_of_order";
                stateNote: string | null;
                visit: {
                    ageBracket: ("under_20" | "20_30" | "30_40" | "40_50" | "50_60" | "60_plus") | null;
                    gender: ("F" | "M" | "X") | null;
                    helpKindIds: number[];
                    id: number;
                    label: string | null;
                    minutes: number;
                    personId: number | null;
                    /** Format: date-time */
                    since: string;
                } | null;
            }[];
        };
        /** @description A kind of help given during a visit. */
        EpnHelpKind: {
            active: boolean;
            code: string | null;
            id: number;
            label: string;
            position: number;
        };
        /** @description A kind of help given during a visit. */
        EpnHelpKindInput: {
            active: boolean;
            code: string | null;
            id: number;
            label: string;
            position: number;
        };
        /** @description The opening periods of the week, Brussels time. */
        EpnOpeningHours: {
            periods: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
                weekday: number;
            }[];
        };
        /** @description The opening periods of the week, Brussels time. */
        EpnOpeningHoursInput: {
            periods: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
                weekday: number;
            }[];
        };
        /** @description A year of the space (visits counted on the Brussels date they started), with the year before. */
        EpnStats: {
            anonymousVisits: number;
            autoClosed: number;
            averageMinutes: number | null;
            byAgeBracket: {
                "20_30": number;
                "30_40": number;
                "40_50": number;
                "50_60": number;
                "60_plus": number;
                under_20: number;
                unknown: number;
            };
            byHelpKind: {
                code: string | null;
                count: number;
                id: number;
                label: string;
            }[];
            bySex: {
                F: number;
                M: number;
                unknown: number;
                X: number;
            };
            change: {
                anonymousVisits: {
                    difference: number;
                    percent: number | null;
                };
                coachingSessions: {
                    difference: number;
                    percent: number | null;
                };
                distinctPeople: {
                    difference: number;
                    percent: number | null;
                };
                visits: {
                    difference: number;
                    percent: number | null;
                };
            };
            coachingSessions: number;
            distinctPeople: number;
            identifiedVisits: number;
            perMonth: number[];
            previous: {
                anonymousVisits: number;
                autoClosed: number;
                averageMinutes: number | null;
                byAgeBracket: {
                    "20_30": number;
                    "30_40": number;
                    "40_50": number;
                    "50_60": number;
                    "60_plus": number;
                    under_20: number;
                    unknown: number;
                };
                byHelpKind: {
                    code: string | null;
                    count: number;
                    id: number;
                    label: string;
                }[];
                bySex: {
                    F: number;
                    M: number;
                    unknown: number;
                    X: number;
                };
                coachingSessions: number;
                distinctPeople: number;
                identifiedVisits: number;
                perMonth: number[];
                visits: number;
                year: number;
            };
            visits: number;
            year: number;
        };
        /** @description A year of the space (visits counted on the Brussels date they started), with the year before. */
        EpnStatsInput: {
            anonymousVisits: number;
            autoClosed: number;
            averageMinutes: number | null;
            byAgeBracket: {
                "20_30": number;
                "30_40": number;
                "40_50": number;
                "50_60": number;
                "60_plus": number;
                under_20: number;
                unknown: number;
            };
            byHelpKind: {
                code: string | null;
                count: number;
                id: number;
                label: string;
            }[];
            bySex: {
                F: number;
                M: number;
                unknown: number;
                X: number;
            };
            change: {
                anonymousVisits: {
                    difference: number;
                    percent: number | null;
                };
                coachingSessions: {
                    difference: number;
                    percent: number | null;
                };
                distinctPeople: {
                    difference: number;
                    percent: number | null;
                };
                visits: {
                    difference: number;
                    percent: number | null;
                };
            };
            coachingSessions: number;
            distinctPeople: number;
            identifiedVisits: number;
            perMonth: number[];
            previous: {
                anonymousVisits: number;
                autoClosed: number;
                averageMinutes: number | null;
                byAgeBracket: {
                    "20_30": number;
                    "30_40": number;
                    "40_50": number;
                    "50_60": number;
                    "60_plus": number;
                    under_20: number;
                    unknown: number;
                };
                byHelpKind: {
                    code: string | null;
                    count: number;
                    id: number;
                    label: string;
                }[];
                bySex: {
                    F: number;
                    M: number;
                    unknown: number;
                    X: number;
                };
                coachingSessions: number;
                distinctPeople: number;
                identifiedVisits: number;
                perMonth: number[];
                visits: number;
                year: number;
            };
            visits: number;
            year: number;
        };
        /** @description A visit: on the waiting list, at a PC, finished, or gone before getting a PC. */
        EpnVisit: {
            ageBracket: ("under_20" | "20_30" | "30_40" | "40_50" | "50_60" | "60_plus") | null;
            autoClosed: boolean;
            endedAt: string | null;
            gender: ("F" | "M" | "X") | null;
            helpKindIds: number[];
            id: number;
            label: string | null;
            notes: string | null;
            personId: number | null;
            queuedAt: string | null;
            startedAt: string | null;
            /** @enum {string} */
            status: "waiting" | "open" | "closed" | "left";
            workstationId: number | null;
        };
        /** @description A visit: on the waiting list, at a PC, finished, or gone before getting a PC. */
        EpnVisitInput: {
            ageBracket: ("under_20" | "20_30" | "30_40" | "40_50" | "50_60" | "60_plus") | null;
            autoClosed: boolean;
            endedAt: unknown | null;
            gender: ("F" | "M" | "X") | null;
            helpKindIds: number[];
            id: number;
            label: string | null;
            notes: string | null;
            personId: number | null;
            queuedAt: unknown | null;
            startedAt: unknown | null;
            /** @enum {string} */
            status: "waiting" | "open" | "closed" | "left";
            workstationId: number | null;
        };
        /** @description A PC of the public digital space; "in use" is derived from open visits. */
        EpnWorkstation: {
            active: boolean;
            id: number;
            name: string;
            position: number;
            /** @enum {string} */
            state: "available" | "out_of_order";
            stateNote: string | null;
        };
        /** @description A PC of the public digital space; "in use" is derived from open visits. */
        EpnWorkstationInput: {
            active: boolean;
            id: number;
            name: string;
            position: number;
            /** @enum {string} */
            state: "available" | "out_of_order";
            stateNote: string | null;
        };
        EquipmentAsset: {
            backupEveryDays: number | null;
            backupOverdue: boolean;
            backupTokenSet: boolean;
            brand: string | null;
            epnWorkstation: {
                id: number;
                name: string;
                /** @enum {string} */
                state: "available" | "out_of_order";
                stateNote: string | null;
            } | null;
            holder: {
                id: number;
                name: string;
            } | null;
            id: number;
            /** @enum {string} */
            kind: "desktop" | "laptop" | "screen" | "printer" | "phone" | "tablet" | "network" | "server" | "projector" | "signage" | "other";
            lastBackupAt: string | null;
            model: string | null;
            name: string;
            notes: string | null;
            operatingSystem: string | null;
            /** @enum {string} */
            owner: "centrale" | "ale" | "partner";
            ownerOrganisation: {
                id: number;
                name: string;
            } | null;
            pastAge: boolean;
            purchaseDate: string | null;
            purchasePrice: number | null;
            room: {
                id: number;
                name: string;
            } | null;
            serialNumber: string | null;
            site: {
                id: number;
                name: string;
            } | null;
            /** @enum {string} */
            status: "in_use" | "in_stock" | "in_repair" | "lent" | "retired";
            tag: string;
            /** Format: date-time */
            updatedAt: string;
            warrantyEnd: string | null;
            warrantyOver: boolean;
        };
        EquipmentAssetDetail: {
            asset: components["schemas"]["EquipmentAsset"];
            backups: components["schemas"]["EquipmentBackup"][];
            interventions: components["schemas"]["EquipmentIntervention"][];
            loans: components["schemas"]["EquipmentLoan"][];
            tasks: components["schemas"]["EquipmentTask"][];
        };
        EquipmentAssetDetailInput: {
            asset: components["schemas"]["EquipmentAssetInput"];
            backups: components["schemas"]["EquipmentBackupInput"][];
            interventions: components["schemas"]["EquipmentInterventionInput"][];
            loans: components["schemas"]["EquipmentLoanInput"][];
            tasks: components["schemas"]["EquipmentTaskInput"][];
        };
        EquipmentAssetInput: {
            backupEveryDays: number | null;
            backupOverdue: boolean;
            backupTokenSet: boolean;
            brand: string | null;
            epnWorkstation: {
                id: number;
                name: string;
                /** @enum {string} */
                state: "available" | "out_of_order";
                stateNote: string | null;
            } | null;
            holder: {
                id: number;
                name: string;
            } | null;
            id: number;
            /** @enum {string} */
            kind: "desktop" | "laptop" | "screen" | "printer" | "phone" | "tablet" | "network" | "server" | "projector" | "signage" | "other";
            lastBackupAt: string | null;
            model: string | null;
            name: string;
            notes: string | null;
            operatingSystem: string | null;
            /** @enum {string} */
            owner: "centrale" | "ale" | "partner";
            ownerOrganisation: {
                id: number;
                name: string;
            } | null;
            pastAge: boolean;
            purchaseDate: string | null;
            purchasePrice: number | null;
            room: {
                id: number;
                name: string;
            } | null;
            serialNumber: string | null;
            site: {
                id: number;
                name: string;
            } | null;
            /** @enum {string} */
            status: "in_use" | "in_stock" | "in_repair" | "lent" | "retired";
            tag: string;
            /** Format: date-time */
            updatedAt: string;
            warrantyEnd: string | null;
            warrantyOver: boolean;
        };
        EquipmentAssets: {
            items: components["schemas"]["EquipmentAsset"][];
            total: number;
        };
        EquipmentAssetsInput: {
            items: components["schemas"]["EquipmentAssetInput"][];
            total: number;
        };
        EquipmentBackup: {
            assetId: number;
            /** Format: date-time */
            at: string;
            by: string | null;
            id: number;
            note: string | null;
            ok: boolean;
            /** @enum {string} */
            source: "manual" | "script";
        };
        EquipmentBackupInput: {
            assetId: number;
            /** Format: date-time */
            at: string;
            by: string | null;
            id: number;
            note: string | null;
            ok: boolean;
            /** @enum {string} */
            source: "manual" | "script";
        };
        EquipmentBackupToken: {
            token: string;
        };
        EquipmentBackupTokenInput: {
            token: string;
        };
        EquipmentEpnImport: {
            created: number;
            items: components["schemas"]["EquipmentAsset"][];
        };
        EquipmentEpnImportInput: {
            created: number;
            items: components["schemas"]["EquipmentAssetInput"][];
        };
        EquipmentIntervention: {
            assetId: number;
            by: string | null;
            byUserId: number | null;
            cost: number | null;
            /** Format: date */
            day: string;
            id: number;
            /** @enum {string} */
            kind: "incident" | "intervention";
            minutesSpent: number | null;
            summary: string;
            taskId: number | null;
        };
        EquipmentInterventionInput: {
            assetId: number;
            by: string | null;
            byUserId: number | null;
            cost: number | null;
            /** Format: date */
            day: string;
            id: number;
            /** @enum {string} */
            kind: "incident" | "intervention";
            minutesSpent: number | null;
            summary: string;
            taskId: number | null;
        };
        EquipmentLoan: {
            asset: {
                id: number;
                /** @enum {string} */
                kind: "desktop" | "laptop" | "screen" | "printer" | "phone" | "tablet" | "network" | "server" | "projector" | "signage" | "other";
                name: string;
                tag: string;
            };
            borrower: string;
            /** @enum {string} */
            borrowerKind: "event" | "organisation" | "person";
            dueBack: string | null;
            eventId: number | null;
            id: number;
            late: boolean;
            organisationId: number | null;
            /** Format: date-time */
            outAt: string;
            outNote: string | null;
            personId: number | null;
            returnedAt: string | null;
            returnNote: string | null;
            returnState: ("good" | "damaged" | "incomplete") | null;
        };
        EquipmentLoanInput: {
            asset: {
                id: number;
                /** @enum {string} */
                kind: "desktop" | "laptop" | "screen" | "printer" | "phone" | "tablet" | "network" | "server" | "projector" | "signage" | "other";
                name: string;
                tag: string;
            };
            borrower: string;
            /** @enum {string} */
            borrowerKind: "event" | "organisation" | "person";
            dueBack: string | null;
            eventId: number | null;
            id: number;
            late: boolean;
            organisationId: number | null;
            /** Format: date-time */
            outAt: string;
            outNote: string | null;
            personId: number | null;
            returnedAt: string | null;
            returnNote: string | null;
            returnState: ("good" | "damaged" | "incomplete") | null;
        };
        EquipmentLoans: {
            items: components["schemas"]["EquipmentLoan"][];
        };
        EquipmentLoansInput: {
            items: components["schemas"]["EquipmentLoanInput"][];
        };
        EquipmentOverview: {
            backupsOverdue: components["schemas"]["EquipmentAsset"][];
            counts: {
                inRepair: number;
                inStock: number;
                inUse: number;
                lent: number;
                total: number;
            };
            loansOut: components["schemas"]["EquipmentLoan"][];
            pastAge: components["schemas"]["EquipmentAsset"][];
            tasksDue: components["schemas"]["EquipmentTask"][];
            /** Format: date */
            today: string;
            warrantyEnding: components["schemas"]["EquipmentAsset"][];
        };
        EquipmentOverviewInput: {
            backupsOverdue: components["schemas"]["EquipmentAssetInput"][];
            counts: {
                inRepair: number;
                inStock: number;
                inUse: number;
                lent: number;
                total: number;
            };
            loansOut: components["schemas"]["EquipmentLoanInput"][];
            pastAge: components["schemas"]["EquipmentAssetInput"][];
            tasksDue: components["schemas"]["EquipmentTaskInput"][];
            /** Format: date */
            today: string;
            warrantyEnding: components["schemas"]["EquipmentAssetInput"][];
        };
        EquipmentStaff: {
            items: {
                id: number;
                name: string;
            }[];
        };
        EquipmentStaffInput: {
            items: {
                id: number;
                name: string;
            }[];
        };
        EquipmentTask: {
            active: boolean;
            assetId: number;
            assetName: string;
            assetTag: string;
            every: number;
            id: number;
            lastDone: string | null;
            /** Format: date */
            nextDue: string;
            overdue: boolean;
            title: string;
            /** @enum {string} */
            unit: "week" | "month";
        };
        EquipmentTaskInput: {
            active: boolean;
            assetId: number;
            assetName: string;
            assetTag: string;
            every: number;
            id: number;
            lastDone: string | null;
            /** Format: date */
            nextDue: string;
            overdue: boolean;
            title: string;
            /** @enum {string} */
            unit: "week" | "month";
        };
        /** @description An event with its place, texts, partners, programme and places. */
        Event: {
            capacity: number | null;
            description: {
                en: string | null;
                fr: string | null;
                nl: string | null;
            };
            /** Format: date-time */
            endsAt: string;
            id: number;
            items: components["schemas"]["EventItem"][];
            /** @enum {string} */
            kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
            /** Format: date */
            localEndDate: string;
            /** @description HH:MM, Europe/Brussels */
            localEndTime: string;
            /** Format: date */
            localStartDate: string;
            /** @description HH:MM, Europe/Brussels */
            localStartTime: string;
            offerHours: number;
            partners: {
                id: number;
                name: string;
            }[];
            place: string | null;
            placesLeft: number | null;
            questions: {
                choices?: string[];
                key: string;
                labelEn?: string | null;
                labelFr: string;
                labelNl: string;
                required: boolean;
                /** @enum {string} */
                type: "text" | "yes_no" | "choice" | "number";
            }[];
            registered: number;
            registrationClosesAt: string | null;
            registrationOpensAt: string | null;
            roomBookingId: number | null;
            roomId: number | null;
            roomName: string | null;
            staff: {
                id: number;
                name: string;
            }[];
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "cancelled";
            targetPublics: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            venueAddress: string | null;
            venueName: string | null;
            waiting: number;
            waitingList: boolean;
        };
        EventDeskRegistration: {
            duplicates: {
                birthDate: string | null;
                firstName: string;
                id: number;
                lastName: string;
            }[];
            registration: components["schemas"]["EventRegistration"];
            scan: components["schemas"]["EventScan"] | null;
        };
        EventDeskRegistrationInput: {
            duplicates: {
                birthDate: string | null;
                firstName: string;
                id: number;
                lastName: string;
            }[];
            registration: components["schemas"]["EventRegistrationInput"];
            scan: components["schemas"]["EventScanInput"] | null;
        };
        EventDoorTap: {
            /** Format: date-time */
            at: string;
            device: string;
            deviceCount: number;
            /** @enum {string} */
            direction: "in" | "out";
            id: number;
            insideNow: number | null;
            walkIns: number;
        };
        EventDoorTapInput: {
            /** Format: date-time */
            at: string;
            device: string;
            deviceCount: number;
            /** @enum {string} */
            direction: "in" | "out";
            id: number;
            insideNow: number | null;
            walkIns: number;
        };
        EventDoorUndo: {
            deviceCount: number;
            undone: number | null;
            walkIns: number;
        };
        EventDoorUndoInput: {
            deviceCount: number;
            undone: number | null;
            walkIns: number;
        };
        /** @description An event with its place, texts, partners, programme and places. */
        EventInput: {
            capacity: number | null;
            description: {
                en: string | null;
                fr: string | null;
                nl: string | null;
            };
            /** Format: date-time */
            endsAt: string;
            id: number;
            items: components["schemas"]["EventItemInput"][];
            /** @enum {string} */
            kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
            /** Format: date */
            localEndDate: string;
            /** @description HH:MM, Europe/Brussels */
            localEndTime: string;
            /** Format: date */
            localStartDate: string;
            /** @description HH:MM, Europe/Brussels */
            localStartTime: string;
            offerHours: number;
            partners: {
                id: number;
                name: string;
            }[];
            place: string | null;
            placesLeft: number | null;
            questions: {
                choices?: string[];
                key: string;
                labelEn?: string | null;
                labelFr: string;
                labelNl: string;
                required: boolean;
                /** @enum {string} */
                type: "text" | "yes_no" | "choice" | "number";
            }[];
            registered: number;
            registrationClosesAt: string | null;
            registrationOpensAt: string | null;
            roomBookingId: number | null;
            roomId: number | null;
            roomName: string | null;
            staff: {
                id: number;
                name: string;
            }[];
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "cancelled";
            targetPublics: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            venueAddress: string | null;
            venueName: string | null;
            waiting: number;
            waitingList: boolean;
        };
        /** @description A talk or workshop of an event’s programme. */
        EventItem: {
            capacity: number | null;
            /** Format: date-time */
            endsAt: string;
            id: number;
            /** @enum {string} */
            kind: "talk" | "workshop";
            placesLeft: number | null;
            registered: number;
            room: string | null;
            speakers: string | null;
            /** Format: date-time */
            startsAt: string;
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
        };
        /** @description A talk or workshop of an event’s programme. */
        EventItemInput: {
            capacity: number | null;
            /** Format: date-time */
            endsAt: string;
            id: number;
            /** @enum {string} */
            kind: "talk" | "workshop";
            placesLeft: number | null;
            registered: number;
            room: string | null;
            speakers: string | null;
            /** Format: date-time */
            startsAt: string;
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
        };
        EventList: {
            items: components["schemas"]["EventListItem"][];
            total: number;
        };
        EventListInput: {
            items: components["schemas"]["EventListItemInput"][];
            total: number;
        };
        EventListItem: {
            capacity: number | null;
            /** Format: date-time */
            endsAt: string;
            id: number;
            /** @enum {string} */
            kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
            /** Format: date */
            localEndDate: string;
            /** @description HH:MM, Europe/Brussels */
            localEndTime: string;
            /** Format: date */
            localStartDate: string;
            /** @description HH:MM, Europe/Brussels */
            localStartTime: string;
            offerHours: number;
            partners: {
                id: number;
                name: string;
            }[];
            place: string | null;
            placesLeft: number | null;
            registered: number;
            registrationClosesAt: string | null;
            registrationOpensAt: string | null;
            roomBookingId: number | null;
            roomId: number | null;
            roomName: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "cancelled";
            targetPublics: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            venueAddress: string | null;
            venueName: string | null;
            waiting: number;
            waitingList: boolean;
        };
        EventListItemInput: {
            capacity: number | null;
            /** Format: date-time */
            endsAt: string;
            id: number;
            /** @enum {string} */
            kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
            /** Format: date */
            localEndDate: string;
            /** @description HH:MM, Europe/Brussels */
            localEndTime: string;
            /** Format: date */
            localStartDate: string;
            /** @description HH:MM, Europe/Brussels */
            localStartTime: string;
            offerHours: number;
            partners: {
                id: number;
                name: string;
            }[];
            place: string | null;
            placesLeft: number | null;
            registered: number;
            registrationClosesAt: string | null;
            registrationOpensAt: string | null;
            roomBookingId: number | null;
            roomId: number | null;
            roomName: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "cancelled";
            targetPublics: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            venueAddress: string | null;
            venueName: string | null;
            waiting: number;
            waitingList: boolean;
        };
        /** @description Live figures of an event: registered, checked in, walk-ins, inside now, per desk and per hour. */
        EventLive: {
            /** Format: date-time */
            at: string;
            cancelled: number;
            capacity: number | null;
            checkedIn: number;
            eventId: number;
            exits: number;
            insideNow: number | null;
            perDesk: {
                checkIns: number;
                desk: string;
            }[];
            perDevice: {
                device: string;
                exits: number;
                walkIns: number;
            }[];
            perHour: {
                checkIns: number;
                /** Format: date */
                date: string;
                hour: string;
                walkIns: number;
            }[];
            profiles: {
                ageBand: {
                    [key: string]: number;
                };
                sex: {
                    [key: string]: number;
                };
                status: {
                    [key: string]: number;
                };
            };
            registered: number;
            waiting: number;
            walkIns: number;
        };
        /** @description Live figures of an event: registered, checked in, walk-ins, inside now, per desk and per hour. */
        EventLiveInput: {
            /** Format: date-time */
            at: string;
            cancelled: number;
            capacity: number | null;
            checkedIn: number;
            eventId: number;
            exits: number;
            insideNow: number | null;
            perDesk: {
                checkIns: number;
                desk: string;
            }[];
            perDevice: {
                device: string;
                exits: number;
                walkIns: number;
            }[];
            perHour: {
                checkIns: number;
                /** Format: date */
                date: string;
                hour: string;
                walkIns: number;
            }[];
            profiles: {
                ageBand: {
                    [key: string]: number;
                };
                sex: {
                    [key: string]: number;
                };
                status: {
                    [key: string]: number;
                };
            };
            registered: number;
            waiting: number;
            walkIns: number;
        };
        /** @description A registration to an event (staff view). */
        EventRegistration: {
            answers: {
                [key: string]: string | number | boolean;
            };
            cancelledAt: string | null;
            checkedIn: {
                /** Format: date-time */
                at: string;
                desk: string;
            } | null;
            consent: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            eventId: number;
            firstName: string;
            id: number;
            itemIds: number[];
            lastName: string;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            offeredUntil: string | null;
            personId: number | null;
            phone: string | null;
            secret: string;
            /** @enum {string} */
            source: "public" | "desk";
            /** @enum {string} */
            status: "registered" | "waiting" | "offered" | "cancelled" | "expired";
        };
        /** @description A registration to an event (staff view). */
        EventRegistrationInput: {
            answers: {
                [key: string]: string | number | boolean;
            };
            cancelledAt: string | null;
            checkedIn: {
                /** Format: date-time */
                at: string;
                desk: string;
            } | null;
            consent: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            eventId: number;
            firstName: string;
            id: number;
            itemIds: number[];
            lastName: string;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            offeredUntil: string | null;
            personId: number | null;
            phone: string | null;
            secret: string;
            /** @enum {string} */
            source: "public" | "desk";
            /** @enum {string} */
            status: "registered" | "waiting" | "offered" | "cancelled" | "expired";
        };
        EventRegistrationList: {
            items: components["schemas"]["EventRegistration"][];
            total: number;
        };
        EventRegistrationListInput: {
            items: components["schemas"]["EventRegistrationInput"][];
            total: number;
        };
        /** @description A public registration: its ticket secret and whether it holds a place or waits. */
        EventRegistrationReceipt: {
            delivery: ("email" | "manual") | null;
            secret: string;
            /** @enum {string} */
            status: "registered" | "waiting" | "offered" | "cancelled" | "expired";
        };
        /** @description A public registration: its ticket secret and whether it holds a place or waits. */
        EventRegistrationReceiptInput: {
            delivery: ("email" | "manual") | null;
            secret: string;
            /** @enum {string} */
            status: "registered" | "waiting" | "offered" | "cancelled" | "expired";
        };
        /** @description A valid check-in (other outcomes are problem answers with a code). */
        EventScan: {
            /** Format: date-time */
            at: string;
            desk: string;
            firstName: string;
            lastName: string;
            registrationId: number;
            replayed: boolean;
            /** @constant */
            result: "valid";
        };
        /** @description A valid check-in (other outcomes are problem answers with a code). */
        EventScanInput: {
            /** Format: date-time */
            at: string;
            desk: string;
            firstName: string;
            lastName: string;
            registrationId: number;
            replayed: boolean;
            /** @constant */
            result: "valid";
        };
        /** @description Events over a period: registrations, check-ins, door counts, distinct people. */
        EventStats: {
            byKind: {
                checkIns: number;
                events: number;
                /** @enum {string} */
                kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                registrations: number;
                walkIns: number;
            }[];
            byMonth: {
                checkIns: number;
                events: number;
                month: string;
                walkIns: number;
            }[];
            checkIns: components["schemas"]["Figure"];
            distinctPeople: components["schemas"]["Figure"];
            events: components["schemas"]["Figure"];
            /** Format: date */
            from: string;
            perEvent: {
                checkIns: number;
                /** Format: date */
                date: string;
                distinctPeople: number;
                id: number;
                /** @enum {string} */
                kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                registrations: number;
                title: string;
                walkIns: number;
            }[];
            registrations: components["schemas"]["Figure"];
            showRate: components["schemas"]["Figure"];
            /** Format: date */
            to: string;
            walkIns: components["schemas"]["Figure"];
        };
        /** @description Events over a period: registrations, check-ins, door counts, distinct people. */
        EventStatsInput: {
            byKind: {
                checkIns: number;
                events: number;
                /** @enum {string} */
                kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                registrations: number;
                walkIns: number;
            }[];
            byMonth: {
                checkIns: number;
                events: number;
                month: string;
                walkIns: number;
            }[];
            checkIns: components["schemas"]["FigureInput"];
            distinctPeople: components["schemas"]["FigureInput"];
            events: components["schemas"]["FigureInput"];
            /** Format: date */
            from: string;
            perEvent: {
                checkIns: number;
                /** Format: date */
                date: string;
                distinctPeople: number;
                id: number;
                /** @enum {string} */
                kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                registrations: number;
                title: string;
                walkIns: number;
            }[];
            registrations: components["schemas"]["FigureInput"];
            showRate: components["schemas"]["FigureInput"];
            /** Format: date */
            to: string;
            walkIns: components["schemas"]["FigureInput"];
        };
        /** @description A registration as its holder sees it (the ticket page). */
        EventTicket: {
            checkedInAt: string | null;
            event: {
                /** Format: date-time */
                endsAt: string;
                id: number;
                place: string | null;
                /** Format: date-time */
                startsAt: string;
                title: {
                    en: string | null;
                    fr: string;
                    nl: string;
                };
                venueAddress: string | null;
            };
            firstName: string;
            items: {
                /** Format: date-time */
                endsAt: string;
                id: number;
                /** Format: date-time */
                startsAt: string;
                title: {
                    en: string | null;
                    fr: string;
                    nl: string;
                };
            }[];
            lastName: string;
            offeredUntil: string | null;
            position: number | null;
            secret: string;
            /** @enum {string} */
            status: "registered" | "waiting" | "offered" | "cancelled" | "expired";
        };
        /** @description A registration as its holder sees it (the ticket page). */
        EventTicketInput: {
            checkedInAt: string | null;
            event: {
                /** Format: date-time */
                endsAt: string;
                id: number;
                place: string | null;
                /** Format: date-time */
                startsAt: string;
                title: {
                    en: string | null;
                    fr: string;
                    nl: string;
                };
                venueAddress: string | null;
            };
            firstName: string;
            items: {
                /** Format: date-time */
                endsAt: string;
                id: number;
                /** Format: date-time */
                startsAt: string;
                title: {
                    en: string | null;
                    fr: string;
                    nl: string;
                };
            }[];
            lastName: string;
            offeredUntil: string | null;
            position: number | null;
            secret: string;
            /** @enum {string} */
            status: "registered" | "waiting" | "offered" | "cancelled" | "expired";
        };
        /** @description A figure beside the same figure a year earlier. change = (value - previous) / previous. Percentages are fractions. */
        Figure: {
            change: number | null;
            previous: number | null;
            /** @enum {string} */
            unit: "count" | "percent" | "decimal" | "hours" | "euros";
            value: number | null;
        };
        /** @description A figure beside the same figure a year earlier. change = (value - previous) / previous. Percentages are fractions. */
        FigureInput: {
            change: number | null;
            previous: number | null;
            /** @enum {string} */
            unit: "count" | "percent" | "decimal" | "hours" | "euros";
            value: number | null;
        };
        /** @description One site's day at the desk, latest visit first. */
        FrontdeskDay: {
            anonymous: number;
            byReason: {
                code: string;
                count: number;
            }[];
            count: number;
            /** Format: date */
            date: string;
            items: components["schemas"]["FrontdeskVisit"][];
            openingHours: {
                from: string;
                to: string;
            }[];
            outOfHours: number;
            site: {
                id: number;
                name: string;
            };
        };
        /** @description One site's day at the desk, latest visit first. */
        FrontdeskDayInput: {
            anonymous: number;
            byReason: {
                code: string;
                count: number;
            }[];
            count: number;
            /** Format: date */
            date: string;
            items: components["schemas"]["FrontdeskVisitInput"][];
            openingHours: {
                from: string;
                to: string;
            }[];
            outOfHours: number;
            site: {
                id: number;
                name: string;
            };
        };
        /** @description Why visitors come to the desk (a configurable list). */
        FrontdeskReason: {
            active: boolean;
            code: string;
            id: number;
            labelEn: string;
            labelFr: string;
            labelNl: string;
            sortOrder: number;
        };
        /** @description Why visitors come to the desk (a configurable list). */
        FrontdeskReasonInput: {
            active: boolean;
            code: string;
            id: number;
            labelEn: string;
            labelFr: string;
            labelNl: string;
            sortOrder: number;
        };
        /** @description Visits over a period, by period, reason and orientation. */
        FrontdeskStats: {
            anonymous: number;
            byOrientation: {
                code: string | null;
                count: number;
                key: string;
                /** @enum {string} */
                kind: "none" | "service" | "organisation";
                name: string | null;
                organisationId: number | null;
            }[];
            byReason: {
                code: string;
                count: number;
                labelEn: string;
                labelFr: string;
                labelNl: string;
            }[];
            distinctPeople: number;
            /** Format: date */
            from: string;
            /** @enum {string} */
            groupBy: "day" | "month" | "year";
            identified: number;
            outOfHours: number;
            periods: {
                anonymous: number;
                byOrientation: {
                    [key: string]: number;
                };
                byReason: {
                    [key: string]: number;
                };
                distinctPeople: number;
                outOfHours: number;
                period: string;
                total: number;
            }[];
            siteId: number | null;
            /** Format: date */
            to: string;
            total: number;
        };
        /** @description Visits over a period, by period, reason and orientation. */
        FrontdeskStatsInput: {
            anonymous: number;
            byOrientation: {
                code: string | null;
                count: number;
                key: string;
                /** @enum {string} */
                kind: "none" | "service" | "organisation";
                name: string | null;
                organisationId: number | null;
            }[];
            byReason: {
                code: string;
                count: number;
                labelEn: string;
                labelFr: string;
                labelNl: string;
            }[];
            distinctPeople: number;
            /** Format: date */
            from: string;
            /** @enum {string} */
            groupBy: "day" | "month" | "year";
            identified: number;
            outOfHours: number;
            periods: {
                anonymous: number;
                byOrientation: {
                    [key: string]: number;
                };
                byReason: {
                    [key: string]: number;
                };
                distinctPeople: number;
                outOfHours: number;
                period: string;
                total: number;
            }[];
            siteId: number | null;
            /** Format: date */
            to: string;
            total: number;
        };
        /** @description A visitor received at the front desk. */
        FrontdeskVisit: {
            /** Format: date-time */
            at: string;
            id: number;
            /** Format: date */
            localDate: string;
            /** @description HH:MM, Europe/Brussels */
            localTime: string;
            note: string | null;
            orientationOrganisation: {
                id: number;
                name: string;
            } | null;
            orientationService: ("information" | "social_desk" | "epn" | "it_training" | "projects" | "rooms" | "actiris_desk" | "other") | null;
            outOfHours: boolean;
            person: {
                erased: boolean;
                firstName: string;
                id: number;
                lastName: string;
            } | null;
            personId: number | null;
            reason: {
                code: string;
                id: number;
                labelEn: string;
                labelFr: string;
                labelNl: string;
            };
            siteId: number;
            siteName: string | null;
        };
        /** @description A visitor received at the front desk. */
        FrontdeskVisitInput: {
            /** Format: date-time */
            at: string;
            id: number;
            /** Format: date */
            localDate: string;
            /** @description HH:MM, Europe/Brussels */
            localTime: string;
            note: string | null;
            orientationOrganisation: {
                id: number;
                name: string;
            } | null;
            orientationService: ("information" | "social_desk" | "epn" | "it_training" | "projects" | "rooms" | "actiris_desk" | "other") | null;
            outOfHours: boolean;
            person: {
                erased: boolean;
                firstName: string;
                id: number;
                lastName: string;
            } | null;
            personId: number | null;
            reason: {
                code: string;
                id: number;
                labelEn: string;
                labelFr: string;
                labelNl: string;
            };
            siteId: number;
            siteName: string | null;
        };
        /** @description Everything Relais holds about a person, from every module (GDPR right of access). */
        GdprExport: {
            /** Format: date-time */
            exportedAt: string;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            person: {
                erased: boolean;
                firstName: string;
                id: number;
                lastName: string;
            };
            sections: components["schemas"]["GdprSection"][];
        };
        /** @description Everything Relais holds about a person, from every module (GDPR right of access). */
        GdprExportInput: {
            /** Format: date-time */
            exportedAt: string;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            person: {
                erased: boolean;
                firstName: string;
                id: number;
                lastName: string;
            };
            sections: components["schemas"]["GdprSectionInput"][];
        };
        /** @description One part of what Relais holds about a person, with its labels in the language of the export. */
        GdprSection: {
            columns: {
                key: string;
                label: string;
            }[];
            key: string;
            module: string;
            rows: {
                [key: string]: string | number | boolean | null;
            }[];
            title: string;
            withheld?: string;
        };
        /** @description One part of what Relais holds about a person, with its labels in the language of the export. */
        GdprSectionInput: {
            columns: {
                key: string;
                label: string;
            }[];
            key: string;
            module: string;
            rows: {
                [key: string]: string | number | boolean | null;
            }[];
            title: string;
            withheld?: string;
        };
        /** @description Whether the server, its database and its schema are ready. */
        Health: {
            database: {
                /** @enum {string} */
                kind: "pglite" | "postgres";
                /** @enum {string} */
                status: "up" | "down";
            };
            schema: {
                applied: number;
                expected: number;
                latest: string;
            } | null;
            /** @enum {string} */
            status: "ok" | "degraded";
        };
        /** @description Whether the server, its database and its schema are ready. */
        HealthInput: {
            database: {
                /** @enum {string} */
                kind: "pglite" | "postgres";
                /** @enum {string} */
                status: "up" | "down";
            };
            schema: {
                applied: number;
                expected: number;
                latest: string;
            } | null;
            /** @enum {string} */
            status: "ok" | "degraded";
        };
        ImportBatch: {
            committedAt: string | null;
            counts: components["schemas"]["ImportCounts"] | null;
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            headers: string[];
            id: number;
            /** @enum {string} */
            kind: "people";
            mapping: (("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes") | null)[];
            source: string;
            /** @enum {string} */
            status: "draft" | "committed" | "undone";
            undoneAt: string | null;
        };
        ImportBatchDetail: {
            committedAt: string | null;
            counts: components["schemas"]["ImportCounts"] | null;
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            headers: string[];
            id: number;
            /** @enum {string} */
            kind: "people";
            mapping: (("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes") | null)[];
            rows: components["schemas"]["ImportRow"][];
            source: string;
            /** @enum {string} */
            status: "draft" | "committed" | "undone";
            total: number;
            undoneAt: string | null;
        };
        ImportBatchDetailInput: {
            committedAt: string | null;
            counts: components["schemas"]["ImportCountsInput"] | null;
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            headers: string[];
            id: number;
            /** @enum {string} */
            kind: "people";
            mapping: (("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes") | null)[];
            rows: components["schemas"]["ImportRowInput"][];
            source: string;
            /** @enum {string} */
            status: "draft" | "committed" | "undone";
            total: number;
            undoneAt: string | null;
        };
        ImportBatchInput: {
            committedAt: string | null;
            counts: components["schemas"]["ImportCountsInput"] | null;
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            headers: string[];
            id: number;
            /** @enum {string} */
            kind: "people";
            mapping: (("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes") | null)[];
            source: string;
            /** @enum {string} */
            status: "draft" | "committed" | "undone";
            undoneAt: string | null;
        };
        ImportCounts: {
            created?: number;
            duplicate: number;
            error: number;
            new: number;
            rows: number;
            update: number;
            updated?: number;
            willCreate: number;
            willRefuse: number;
            willSkip: number;
            willUpdate: number;
        };
        ImportCountsInput: {
            created?: number;
            duplicate: number;
            error: number;
            new: number;
            rows: number;
            update: number;
            updated?: number;
            willCreate: number;
            willRefuse: number;
            willSkip: number;
            willUpdate: number;
        };
        ImportRow: {
            cells: {
                [key: string]: string;
            };
            decision: ({
                /** @constant */
                action: "skip";
            } | {
                /** @constant */
                action: "new";
            } | {
                /** @constant */
                action: "link";
                personId: number;
            } | {
                /** @constant */
                action: "merge";
                personId: number;
            }) | null;
            duplicateOf: {
                birthDate: string | null;
                name: string;
                personId: number | null;
                /** @enum {string} */
                reason: "same_niss" | "same_birth_date_and_name" | "same_external_id";
                row: number | null;
            } | null;
            /** @description per field, the reason in the reader's language */
            errors: {
                [key: string]: string;
            };
            fixed: ("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes")[];
            index: number;
            /** @enum {string} */
            plan: "create" | "update" | "refuse" | "skip";
            /** @enum {string} */
            status: "new" | "update" | "duplicate" | "error" | "skipped";
            updates: number | null;
        };
        ImportRowInput: {
            cells: {
                [key: string]: string;
            };
            decision: ({
                /** @constant */
                action: "skip";
            } | {
                /** @constant */
                action: "new";
            } | {
                /** @constant */
                action: "link";
                personId: number;
            } | {
                /** @constant */
                action: "merge";
                personId: number;
            }) | null;
            duplicateOf: {
                birthDate: string | null;
                name: string;
                personId: number | null;
                /** @enum {string} */
                reason: "same_niss" | "same_birth_date_and_name" | "same_external_id";
                row: number | null;
            } | null;
            /** @description per field, the reason in the reader's language */
            errors: {
                [key: string]: string;
            };
            fixed: ("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes")[];
            index: number;
            /** @enum {string} */
            plan: "create" | "update" | "refuse" | "skip";
            /** @enum {string} */
            status: "new" | "update" | "duplicate" | "error" | "skipped";
            updates: number | null;
        };
        /** @description The home page: the user's activities month by month against last year, and running projects. */
        ObservatoryDashboard: {
            projects: components["schemas"]["ProjectProgress"][];
            series: {
                key: string;
                label: string;
                link: string;
                months: number[];
                previous: number[];
                previousTotal: number;
                total: number;
            }[];
            year: number;
        };
        /** @description The home page: the user's activities month by month against last year, and running projects. */
        ObservatoryDashboardInput: {
            projects: components["schemas"]["ProjectProgressInput"][];
            series: {
                key: string;
                label: string;
                link: string;
                months: number[];
                previous: number[];
                previousTotal: number;
                total: number;
            }[];
            year: number;
        };
        /** @description A figure not tracked person by person, entered by hand with its source. */
        ObservatoryManualFigure: {
            activityKey: string;
            /** Format: date-time */
            enteredAt: string;
            enteredBy: number | null;
            id: number;
            label: string;
            labelEn: string | null;
            labelNl: string | null;
            source: string;
            /** @enum {string} */
            unit: "head_count" | "external" | "participations" | "distinct_people";
            value: number;
            year: number;
        };
        /** @description A figure not tracked person by person, entered by hand with its source. */
        ObservatoryManualFigureInput: {
            activityKey: string;
            /** Format: date-time */
            enteredAt: string;
            enteredBy: number | null;
            id: number;
            label: string;
            labelEn: string | null;
            labelNl: string | null;
            source: string;
            /** @enum {string} */
            unit: "head_count" | "external" | "participations" | "distinct_people";
            value: number;
            year: number;
        };
        /** @description The people-reached table of a year beside the year before. */
        ObservatoryPeopleReached: {
            defaultYear: number;
            distinctPeopleAllTracked: number;
            empty: boolean;
            lines: components["schemas"]["ObservatoryReachLine"][];
            previous: {
                distinctPeopleAllTracked: number;
                empty: boolean;
                lines: components["schemas"]["ObservatoryReachLine"][];
                total: number;
                totalByUnit: {
                    distinct_people: number;
                    external: number;
                    head_count: number;
                    participations: number;
                };
                year: number;
            };
            provisional: boolean;
            rows: components["schemas"]["ObservatoryReachRow"][];
            total: number;
            totalByUnit: {
                distinct_people: number;
                external: number;
                head_count: number;
                participations: number;
            };
            year: number;
        };
        /** @description The people-reached table of a year beside the year before. */
        ObservatoryPeopleReachedInput: {
            defaultYear: number;
            distinctPeopleAllTracked: number;
            empty: boolean;
            lines: components["schemas"]["ObservatoryReachLineInput"][];
            previous: {
                distinctPeopleAllTracked: number;
                empty: boolean;
                lines: components["schemas"]["ObservatoryReachLineInput"][];
                total: number;
                totalByUnit: {
                    distinct_people: number;
                    external: number;
                    head_count: number;
                    participations: number;
                };
                year: number;
            };
            provisional: boolean;
            rows: components["schemas"]["ObservatoryReachRowInput"][];
            total: number;
            totalByUnit: {
                distinct_people: number;
                external: number;
                head_count: number;
                participations: number;
            };
            year: number;
        };
        /** @description One line of the people-reached table: what it counts, its figure, where it comes from. */
        ObservatoryReachLine: {
            anonymous: number | null;
            distinctPeople: number | null;
            enteredAt: string | null;
            key: string;
            label: string;
            labelMissing: boolean;
            /** @enum {string} */
            origin: "tracked" | "manual";
            participations: number | null;
            peopleListable: boolean;
            source: string | null;
            supersededManual: {
                source: string;
                value: number;
            } | null;
            /** @enum {string} */
            unit: "head_count" | "external" | "participations" | "distinct_people";
            value: number;
        };
        /** @description One line of the people-reached table: what it counts, its figure, where it comes from. */
        ObservatoryReachLineInput: {
            anonymous: number | null;
            distinctPeople: number | null;
            enteredAt: string | null;
            key: string;
            label: string;
            labelMissing: boolean;
            /** @enum {string} */
            origin: "tracked" | "manual";
            participations: number | null;
            peopleListable: boolean;
            source: string | null;
            supersededManual: {
                source: string;
                value: number;
            } | null;
            /** @enum {string} */
            unit: "head_count" | "external" | "participations" | "distinct_people";
            value: number;
        };
        /** @description A line of the table of both years: every line of the year or of the year before. */
        ObservatoryReachRow: {
            change: number | null;
            key: string;
            label: string;
            labelMissing: boolean;
            /** @enum {string} */
            origin: "tracked" | "manual";
            peopleListable: boolean;
            previous: number | null;
            source: string | null;
            /** @enum {string} */
            unit: "head_count" | "external" | "participations" | "distinct_people";
            value: number | null;
        };
        /** @description A line of the table of both years: every line of the year or of the year before. */
        ObservatoryReachRowInput: {
            change: number | null;
            key: string;
            label: string;
            labelMissing: boolean;
            /** @enum {string} */
            origin: "tracked" | "manual";
            peopleListable: boolean;
            previous: number | null;
            source: string | null;
            /** @enum {string} */
            unit: "head_count" | "external" | "participations" | "distinct_people";
            value: number | null;
        };
        /** @description The annual report of a year, organised like the printed one. */
        ObservatoryReport: {
            defaultYear: number;
            empty: boolean;
            /** Format: date-time */
            generatedAt: string;
            peopleReached: components["schemas"]["ObservatoryPeopleReached"];
            provisional: boolean;
            publisher: string;
            sections: components["schemas"]["ReportSection"][];
            texts: {
                [key: string]: components["schemas"]["TextVersions"];
            };
            textSections: string[];
            year: number;
        };
        /** @description The annual report of a year, organised like the printed one. */
        ObservatoryReportInput: {
            defaultYear: number;
            empty: boolean;
            /** Format: date-time */
            generatedAt: string;
            peopleReached: components["schemas"]["ObservatoryPeopleReachedInput"];
            provisional: boolean;
            publisher: string;
            sections: components["schemas"]["ReportSectionInput"][];
            texts: {
                [key: string]: components["schemas"]["TextVersionsInput"];
            };
            textSections: string[];
            year: number;
        };
        /** @description The licence of the open data and the name of the publisher. */
        ObservatorySettings: {
            contactEmail: string | null;
            /** @enum {string} */
            licence: "CC-BY-4.0" | "CC-BY-SA-4.0" | "CC0-1.0" | "ODbL-1.0";
            licences: {
                /** @enum {string} */
                id: "CC-BY-4.0" | "CC-BY-SA-4.0" | "CC0-1.0" | "ODbL-1.0";
                title: string;
                url: string;
            }[];
            publisher: {
                en: string;
                fr: string;
                nl: string;
            };
        };
        /** @description The licence of the open data and the name of the publisher. */
        ObservatorySettingsInput: {
            contactEmail: string | null;
            /** @enum {string} */
            licence: "CC-BY-4.0" | "CC-BY-SA-4.0" | "CC0-1.0" | "ODbL-1.0";
            licences: {
                /** @enum {string} */
                id: "CC-BY-4.0" | "CC-BY-SA-4.0" | "CC0-1.0" | "ODbL-1.0";
                title: string;
                url: string;
            }[];
            publisher: {
                en: string;
                fr: string;
                nl: string;
            };
        };
        /** @description A job offer (staff view). */
        Offer: {
            address: string | null;
            commune: string | null;
            /** @enum {string} */
            contractType: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
            /** Format: date-time */
            createdAt: string;
            description: {
                en: string | null;
                fr: string | null;
                nl: string | null;
            };
            employer: {
                id: number;
                name: string;
            };
            eventId: number | null;
            exhibitorId: number | null;
            hoursPerWeek: number | null;
            id: number;
            languages: string[];
            positions: number;
            publishedAt: string | null;
            skills: string[];
            /** @enum {string} */
            source: "fair" | "partner" | "staff";
            /** @enum {string} */
            status: "draft" | "published" | "filled" | "expired";
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            validThrough: string;
            /** @enum {string} */
            workingTime: "full_time" | "part_time";
        };
        /** @description A job offer (staff view). */
        OfferInput: {
            address: string | null;
            commune: string | null;
            /** @enum {string} */
            contractType: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
            /** Format: date-time */
            createdAt: string;
            description: {
                en: string | null;
                fr: string | null;
                nl: string | null;
            };
            employer: {
                id: number;
                name: string;
            };
            eventId: number | null;
            exhibitorId: number | null;
            hoursPerWeek: number | null;
            id: number;
            languages: string[];
            positions: number;
            publishedAt: string | null;
            skills: string[];
            /** @enum {string} */
            source: "fair" | "partner" | "staff";
            /** @enum {string} */
            status: "draft" | "published" | "filled" | "expired";
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            validThrough: string;
            /** @enum {string} */
            workingTime: "full_time" | "part_time";
        };
        Offers: {
            items: components["schemas"]["Offer"][];
            total: number;
        };
        /** @description The event an exhibitor or an offer belongs to, as the events module tells it. */
        OffersEventRef: {
            endsAt: string | null;
            id: number;
            place: string | null;
            startsAt: string | null;
            title: {
                en: string | null;
                fr: string;
                nl: string;
            } | null;
        };
        /** @description The event an exhibitor or an offer belongs to, as the events module tells it. */
        OffersEventRefInput: {
            endsAt: string | null;
            id: number;
            place: string | null;
            startsAt: string | null;
            title: {
                en: string | null;
                fr: string;
                nl: string;
            } | null;
        };
        /** @description An organisation holding a stand at an event. */
        OffersExhibitor: {
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            cvReceived: number;
            event: components["schemas"]["OffersEventRef"];
            eventId: number;
            hired: number;
            id: number;
            interviewsPlanned: number;
            /** @enum {string} */
            kind: "employer" | "training" | "support";
            link: {
                createdAt: string | null;
                expiresAt: string | null;
                /** @enum {string} */
                state: "none" | "active" | "expired" | "revoked";
            };
            metCount: number;
            offers: number;
            organisation: {
                id: number;
                name: string;
                type: string;
            };
            positions: number;
            stand: string | null;
        };
        /** @description An organisation holding a stand at an event. */
        OffersExhibitorInput: {
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            cvReceived: number;
            event: components["schemas"]["OffersEventRefInput"];
            eventId: number;
            hired: number;
            id: number;
            interviewsPlanned: number;
            /** @enum {string} */
            kind: "employer" | "training" | "support";
            link: {
                createdAt: string | null;
                expiresAt: string | null;
                /** @enum {string} */
                state: "none" | "active" | "expired" | "revoked";
            };
            metCount: number;
            offers: number;
            organisation: {
                id: number;
                name: string;
                type: string;
            };
            positions: number;
            stand: string | null;
        };
        /** @description The exhibitor's private link: the token is shown this once (only its hash is kept). */
        OffersExhibitorLink: {
            /** Format: date-time */
            expiresAt: string;
            path: string;
            token: string;
        };
        /** @description The exhibitor's private link: the token is shown this once (only its hash is kept). */
        OffersExhibitorLinkInput: {
            /** Format: date-time */
            expiresAt: string;
            path: string;
            token: string;
        };
        OffersExhibitors: {
            items: components["schemas"]["OffersExhibitor"][];
        };
        OffersExhibitorsInput: {
            items: components["schemas"]["OffersExhibitorInput"][];
        };
        /** @description What an exhibitor sees through its private link: its stand, its counts and its offers. */
        OffersExhibitorSpace: {
            cvReceived: number;
            event: components["schemas"]["OffersEventRef"];
            exhibitor: {
                id: number;
                /** @enum {string} */
                kind: "employer" | "training" | "support";
                name: string;
                stand: string | null;
            };
            /** Format: date-time */
            expiresAt: string;
            hired: number;
            interviewsPlanned: number;
            metCount: number;
            offers: components["schemas"]["Offer"][];
        };
        /** @description What an exhibitor sees through its private link: its stand, its counts and its offers. */
        OffersExhibitorSpaceInput: {
            cvReceived: number;
            event: components["schemas"]["OffersEventRefInput"];
            exhibitor: {
                id: number;
                /** @enum {string} */
                kind: "employer" | "training" | "support";
                name: string;
                stand: string | null;
            };
            /** Format: date-time */
            expiresAt: string;
            hired: number;
            interviewsPlanned: number;
            metCount: number;
            offers: components["schemas"]["OfferInput"][];
        };
        /** @description The fair guide: exhibitors by stand and their published offers. */
        OffersGuide: {
            event: components["schemas"]["OffersEventRef"];
            exhibitors: {
                id: number;
                /** @enum {string} */
                kind: "employer" | "training" | "support";
                name: string;
                offers: components["schemas"]["PublicOffer"][];
                stand: string | null;
            }[];
            offers: number;
            positions: number;
        };
        /** @description The fair guide: exhibitors by stand and their published offers. */
        OffersGuideInput: {
            event: components["schemas"]["OffersEventRefInput"];
            exhibitors: {
                id: number;
                /** @enum {string} */
                kind: "employer" | "training" | "support";
                name: string;
                offers: components["schemas"]["PublicOfferInput"][];
                stand: string | null;
            }[];
            offers: number;
            positions: number;
        };
        OffersInput: {
            items: components["schemas"]["OfferInput"][];
            total: number;
        };
        /** @description Exhibitors, offers, positions and job seekers met over a period. */
        OffersStats: {
            byContract: {
                /** @enum {string} */
                contractType: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
                offers: number;
                positions: number;
            }[];
            employers: number;
            events: {
                employers: number;
                event: components["schemas"]["OffersEventRef"];
                exhibitors: number;
                met: number;
                metPerExhibitor: number | null;
                offers: number;
                positions: number;
                support: number;
                training: number;
            }[];
            exhibitors: number;
            fairOffers: number;
            fairPositions: number;
            /** Format: date */
            from: string;
            met: number;
            metPerExhibitor: number | null;
            offersPublished: number;
            positionsPublished: number;
            support: number;
            /** Format: date */
            to: string;
            training: number;
        };
        /** @description Exhibitors, offers, positions and job seekers met over a period. */
        OffersStatsInput: {
            byContract: {
                /** @enum {string} */
                contractType: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
                offers: number;
                positions: number;
            }[];
            employers: number;
            events: {
                employers: number;
                event: components["schemas"]["OffersEventRefInput"];
                exhibitors: number;
                met: number;
                metPerExhibitor: number | null;
                offers: number;
                positions: number;
                support: number;
                training: number;
            }[];
            exhibitors: number;
            fairOffers: number;
            fairPositions: number;
            /** Format: date */
            from: string;
            met: number;
            metPerExhibitor: number | null;
            offersPublished: number;
            positionsPublished: number;
            support: number;
            /** Format: date */
            to: string;
            training: number;
        };
        OffersTally: {
            cvReceived: number;
            hired: number;
            interviewsPlanned: number;
            metCount: number;
        };
        OffersTallyInput: {
            cvReceived: number;
            hired: number;
            interviewsPlanned: number;
            metCount: number;
        };
        /** @description The people reached per activity and year, as published (aggregates only). */
        OpenData: {
            /** Format: date-time */
            generatedAt: string;
            licence: {
                id: string;
                title: string;
                url: string;
            };
            publisher: string;
            rows: components["schemas"]["OpenDataRow"][];
            schema: string;
            threshold: number;
            title: components["schemas"]["TextVersions"];
            years: number[];
        };
        /** @description The people reached per activity and year, as published (aggregates only). */
        OpenDataInput: {
            /** Format: date-time */
            generatedAt: string;
            licence: {
                id: string;
                title: string;
                url: string;
            };
            publisher: string;
            rows: components["schemas"]["OpenDataRowInput"][];
            schema: string;
            threshold: number;
            title: components["schemas"]["TextVersionsInput"];
            years: number[];
        };
        /** @description One published figure; value is null when suppressed. */
        OpenDataRow: {
            activity: string;
            label_en: string | null;
            label_fr: string | null;
            label_nl: string | null;
            /** @enum {string} */
            origin: "tracked" | "manual";
            provisional: boolean;
            /** @enum {string} */
            row_type: "activity" | "total" | "distinct_people";
            source: string | null;
            suppressed: boolean;
            /** @enum {string} */
            unit: "head_count" | "external" | "participations" | "distinct_people" | "mixed";
            value: number | null;
            year: number;
        };
        /** @description One published figure; value is null when suppressed. */
        OpenDataRowInput: {
            activity: string;
            label_en: string | null;
            label_fr: string | null;
            label_nl: string | null;
            /** @enum {string} */
            origin: "tracked" | "manual";
            provisional: boolean;
            /** @enum {string} */
            row_type: "activity" | "total" | "distinct_people";
            source: string | null;
            suppressed: boolean;
            /** @enum {string} */
            unit: "head_count" | "external" | "participations" | "distinct_people" | "mixed";
            value: number | null;
            year: number;
        };
        /** @description A partner organisation (Actiris, CPAS, Mission Locale, training bodies, employers...). */
        Organisation: {
            active: boolean;
            address: string | null;
            contactName: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            id: number;
            isInternalPartner: boolean;
            name: string;
            phone: string | null;
            postalCode: string | null;
            services: string | null;
            type: ("public_employment" | "social_welfare" | "training" | "employer" | "association" | "public_service" | "other") | string;
            /** Format: date-time */
            updatedAt: string;
            website: string | null;
        };
        /** @description A partner organisation (Actiris, CPAS, Mission Locale, training bodies, employers...). */
        OrganisationInput: {
            active: boolean;
            address: string | null;
            contactName: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            id: number;
            isInternalPartner: boolean;
            name: string;
            phone: string | null;
            postalCode: string | null;
            services: string | null;
            type: ("public_employment" | "social_welfare" | "training" | "employer" | "association" | "public_service" | "other") | string;
            /** Format: date-time */
            updatedAt: string;
            website: string | null;
        };
        Organisations: {
            items: components["schemas"]["Organisation"][];
        };
        OrganisationsInput: {
            items: components["schemas"]["OrganisationInput"][];
        };
        /** @description A message to someone: sent by e-mail, or waiting for staff to send it by hand. */
        OutboxMessage: {
            attempts: number;
            body: string;
            /** Format: date-time */
            createdAt: string;
            entityId: string | null;
            entityType: string | null;
            handledAt: string | null;
            id: number;
            lastError: string | null;
            locale: string;
            purpose: string;
            purposeLabel: string;
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "manual" | "done" | "cancelled";
            subject: string;
            toEmail: string | null;
            toName: string | null;
            toPhone: string | null;
        };
        /** @description A message to someone: sent by e-mail, or waiting for staff to send it by hand. */
        OutboxMessageInput: {
            attempts: number;
            body: string;
            /** Format: date-time */
            createdAt: string;
            entityId: string | null;
            entityType: string | null;
            handledAt: string | null;
            id: number;
            lastError: string | null;
            locale: string;
            purpose: string;
            purposeLabel: string;
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "manual" | "done" | "cancelled";
            subject: string;
            toEmail: string | null;
            toName: string | null;
            toPhone: string | null;
        };
        PeopleSearch: {
            items: components["schemas"]["PersonHit"][];
            total: number;
            totalIsMinimum: boolean;
        };
        PeopleSearchInput: {
            items: components["schemas"]["PersonHitInput"][];
            total: number;
            totalIsMinimum: boolean;
        };
        /** @description Pairs of records that may be one person, strongest first. */
        PeopleSuspectedDuplicates: {
            items: {
                a: components["schemas"]["PersonHit"];
                b: components["schemas"]["PersonHit"];
                reasons: ("same_niss" | "same_name_and_birth_date" | "same_phone" | "same_email" | "similar_name")[];
            }[];
            total: number;
        };
        /** @description Pairs of records that may be one person, strongest first. */
        PeopleSuspectedDuplicatesInput: {
            items: {
                a: components["schemas"]["PersonHitInput"];
                b: components["schemas"]["PersonHitInput"];
                reasons: ("same_niss" | "same_name_and_birth_date" | "same_phone" | "same_email" | "similar_name")[];
            }[];
            total: number;
        };
        /** @description A person's whole record (given on open, and each read is audited). */
        Person: {
            age: number | null;
            birthDate: string | null;
            birthYear: number | null;
            commune: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            erasedAt: string | null;
            /** Format: date */
            firstContactDate: string;
            firstName: string;
            /** @enum {string} */
            gender: "F" | "M" | "X" | "unspecified";
            id: number;
            languages: string[];
            /** Format: date-time */
            lastActivityAt: string;
            lastName: string;
            mergedIntoId: number | null;
            neighbourhood: string | null;
            niss: string | null;
            notes: string | null;
            phone: string | null;
            postalCode: string | null;
            /** @enum {string} */
            professionalStatus: "job_seeker_actiris" | "cpas_beneficiary" | "employed" | "student" | "no_status" | "other";
            /** @enum {string} */
            studyLevel: "none_primary" | "lower_secondary" | "upper_secondary" | "higher_non_university" | "university" | "foreign_not_recognised" | "unknown";
            /** Format: date-time */
            updatedAt: string;
        };
        PersonConsent: {
            /** Format: date-time */
            givenAt: string;
            id: number;
            personId: number;
            purpose: ("data_processing" | "contact_by_email" | "contact_by_sms" | "share_with_partners" | "photos") | string;
            recordedBy: number | null;
            withdrawnAt: string | null;
        };
        PersonConsentInput: {
            /** Format: date-time */
            givenAt: string;
            id: number;
            personId: number;
            purpose: ("data_processing" | "contact_by_email" | "contact_by_sms" | "share_with_partners" | "photos") | string;
            recordedBy: number | null;
            withdrawnAt: string | null;
        };
        PersonDetail: {
            age: number | null;
            birthDate: string | null;
            birthYear: number | null;
            commune: string | null;
            consents: components["schemas"]["PersonConsent"][];
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            erasedAt: string | null;
            /** Format: date */
            firstContactDate: string;
            firstName: string;
            /** @enum {string} */
            gender: "F" | "M" | "X" | "unspecified";
            id: number;
            languages: string[];
            /** Format: date-time */
            lastActivityAt: string;
            lastName: string;
            mergedIntoId: number | null;
            neighbourhood: string | null;
            niss: string | null;
            notes: string | null;
            phone: string | null;
            postalCode: string | null;
            /** @enum {string} */
            professionalStatus: "job_seeker_actiris" | "cpas_beneficiary" | "employed" | "student" | "no_status" | "other";
            /** @enum {string} */
            studyLevel: "none_primary" | "lower_secondary" | "upper_secondary" | "higher_non_university" | "university" | "foreign_not_recognised" | "unknown";
            /** Format: date-time */
            updatedAt: string;
        };
        PersonDetailInput: {
            age: number | null;
            birthDate: string | null;
            birthYear: number | null;
            commune: string | null;
            consents: components["schemas"]["PersonConsentInput"][];
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            erasedAt: string | null;
            /** Format: date */
            firstContactDate: string;
            firstName: string;
            /** @enum {string} */
            gender: "F" | "M" | "X" | "unspecified";
            id: number;
            languages: string[];
            /** Format: date-time */
            lastActivityAt: string;
            lastName: string;
            mergedIntoId: number | null;
            neighbourhood: string | null;
            niss: string | null;
            notes: string | null;
            phone: string | null;
            postalCode: string | null;
            /** @enum {string} */
            professionalStatus: "job_seeker_actiris" | "cpas_beneficiary" | "employed" | "student" | "no_status" | "other";
            /** @enum {string} */
            studyLevel: "none_primary" | "lower_secondary" | "upper_secondary" | "higher_non_university" | "university" | "foreign_not_recognised" | "unknown";
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A record that may describe the same person as the one being typed. */
        PersonDuplicate: {
            birthDate: string | null;
            commune: string | null;
            firstName: string;
            id: number;
            lastName: string;
            postalCode: string | null;
            /** @enum {string} */
            reason: "same_name_and_birth_date" | "similar_name";
            score: number;
        };
        /** @description A record that may describe the same person as the one being typed. */
        PersonDuplicateInput: {
            birthDate: string | null;
            commune: string | null;
            firstName: string;
            id: number;
            lastName: string;
            postalCode: string | null;
            /** @enum {string} */
            reason: "same_name_and_birth_date" | "similar_name";
            score: number;
        };
        /** @description What a search tells about a person: enough to pick the right one (the record comes on open). */
        PersonHit: {
            birthDate: string | null;
            commune: string | null;
            erased: boolean;
            firstName: string;
            id: number;
            lastName: string;
            merged: boolean;
        };
        /** @description What a search tells about a person: enough to pick the right one (the record comes on open). */
        PersonHitInput: {
            birthDate: string | null;
            commune: string | null;
            erased: boolean;
            firstName: string;
            id: number;
            lastName: string;
            merged: boolean;
        };
        /** @description A person's whole record (given on open, and each read is audited). */
        PersonInput: {
            age: number | null;
            birthDate: string | null;
            birthYear: number | null;
            commune: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            erasedAt: string | null;
            /** Format: date */
            firstContactDate: string;
            firstName: string;
            /** @enum {string} */
            gender: "F" | "M" | "X" | "unspecified";
            id: number;
            languages: string[];
            /** Format: date-time */
            lastActivityAt: string;
            lastName: string;
            mergedIntoId: number | null;
            neighbourhood: string | null;
            niss: string | null;
            notes: string | null;
            phone: string | null;
            postalCode: string | null;
            /** @enum {string} */
            professionalStatus: "job_seeker_actiris" | "cpas_beneficiary" | "employed" | "student" | "no_status" | "other";
            /** @enum {string} */
            studyLevel: "none_primary" | "lower_secondary" | "upper_secondary" | "higher_non_university" | "university" | "foreign_not_recognised" | "unknown";
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description An error (RFC 9457 problem details), its title in the language of the request. */
        Problem: {
            code: string;
            errors?: {
                message: string;
                path: string;
            }[];
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An error (RFC 9457 problem details), its title in the language of the request. */
        ProblemInput: {
            code: string;
            errors?: {
                message: string;
                path: string;
            }[];
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A funded project with its period, target groups and objectives. */
        Project: {
            /** Format: date-time */
            createdAt: string;
            descriptionFr: string | null;
            descriptionNl: string | null;
            funders: string[];
            id: number;
            name: string;
            neighbourhood: string | null;
            objectives: components["schemas"]["ProjectObjective"][];
            parentId: number | null;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            targetGroups: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A funded project with its period, target groups and objectives. */
        ProjectInput: {
            /** Format: date-time */
            createdAt: string;
            descriptionFr: string | null;
            descriptionNl: string | null;
            funders: string[];
            id: number;
            name: string;
            neighbourhood: string | null;
            objectives: components["schemas"]["ProjectObjectiveInput"][];
            parentId: number | null;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            targetGroups: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A target figure of a project, measured by one people-reached line; its text in French and in Dutch. */
        ProjectObjective: {
            activityKey: string;
            id: number;
            labelFr: string | null;
            labelNl: string | null;
            projectId: number;
            target: number;
        };
        /** @description A target figure of a project, measured by one people-reached line; its text in French and in Dutch. */
        ProjectObjectiveInput: {
            activityKey: string;
            id: number;
            labelFr: string | null;
            labelNl: string | null;
            projectId: number;
            target: number;
        };
        /** @description A project's objectives against what the records count, up to a date. */
        ProjectProgress: {
            /** Format: date */
            at: string;
            objectives: {
                activityKey: string;
                id: number;
                labelFr: string | null;
                labelNl: string | null;
                projectId: number;
                ratio: number | null;
                target: number;
                value: number;
            }[];
            project: components["schemas"]["Project"];
        };
        /** @description A project's objectives against what the records count, up to a date. */
        ProjectProgressInput: {
            /** Format: date */
            at: string;
            objectives: {
                activityKey: string;
                id: number;
                labelFr: string | null;
                labelNl: string | null;
                projectId: number;
                ratio: number | null;
                target: number;
                value: number;
            }[];
            project: components["schemas"]["ProjectInput"];
        };
        /** @description What the public sees of a published event. */
        PublicEvent: {
            description: {
                en: string | null;
                fr: string | null;
                nl: string | null;
            };
            /** Format: date-time */
            endsAt: string;
            id: number;
            items: components["schemas"]["EventItem"][];
            /** @enum {string} */
            kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
            partners: {
                id: number;
                name: string;
            }[];
            place: string | null;
            placesLeft: number | null;
            questions: {
                choices?: string[];
                key: string;
                labelEn?: string | null;
                labelFr: string;
                labelNl: string;
                required: boolean;
                /** @enum {string} */
                type: "text" | "yes_no" | "choice" | "number";
            }[];
            registrationOpen: boolean;
            /** @enum {string} */
            registrationState: "open" | "waiting_list" | "full" | "closed" | "not_yet_open";
            /** Format: date-time */
            startsAt: string;
            targetPublics: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            venueAddress: string | null;
        };
        /** @description What the public sees of a published event. */
        PublicEventInput: {
            description: {
                en: string | null;
                fr: string | null;
                nl: string | null;
            };
            /** Format: date-time */
            endsAt: string;
            id: number;
            items: components["schemas"]["EventItemInput"][];
            /** @enum {string} */
            kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
            partners: {
                id: number;
                name: string;
            }[];
            place: string | null;
            placesLeft: number | null;
            questions: {
                choices?: string[];
                key: string;
                labelEn?: string | null;
                labelFr: string;
                labelNl: string;
                required: boolean;
                /** @enum {string} */
                type: "text" | "yes_no" | "choice" | "number";
            }[];
            registrationOpen: boolean;
            /** @enum {string} */
            registrationState: "open" | "waiting_list" | "full" | "closed" | "not_yet_open";
            /** Format: date-time */
            startsAt: string;
            targetPublics: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            venueAddress: string | null;
        };
        PublicEventList: {
            items: {
                description: {
                    en: string | null;
                    fr: string | null;
                    nl: string | null;
                };
                /** Format: date-time */
                endsAt: string;
                id: number;
                /** @enum {string} */
                kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                partners: {
                    id: number;
                    name: string;
                }[];
                place: string | null;
                placesLeft: number | null;
                registrationOpen: boolean;
                /** @enum {string} */
                registrationState: "open" | "waiting_list" | "full" | "closed" | "not_yet_open";
                /** Format: date-time */
                startsAt: string;
                targetPublics: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
                title: {
                    en: string | null;
                    fr: string;
                    nl: string;
                };
                venueAddress: string | null;
            }[];
        };
        PublicEventListInput: {
            items: {
                description: {
                    en: string | null;
                    fr: string | null;
                    nl: string | null;
                };
                /** Format: date-time */
                endsAt: string;
                id: number;
                /** @enum {string} */
                kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                partners: {
                    id: number;
                    name: string;
                }[];
                place: string | null;
                placesLeft: number | null;
                registrationOpen: boolean;
                /** @enum {string} */
                registrationState: "open" | "waiting_list" | "full" | "closed" | "not_yet_open";
                /** Format: date-time */
                startsAt: string;
                targetPublics: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
                title: {
                    en: string | null;
                    fr: string;
                    nl: string;
                };
                venueAddress: string | null;
            }[];
        };
        /** @description A published job offer, still valid, in French, Dutch and (when written) English. */
        PublicOffer: {
            address: string | null;
            commune: string | null;
            /** @enum {string} */
            contractType: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
            description: {
                en: string | null;
                fr: string | null;
                nl: string | null;
            };
            employer: {
                id: number;
                name: string;
            };
            eventId: number | null;
            hoursPerWeek: number | null;
            id: number;
            languages: string[];
            positions: number;
            skills: string[];
            stand: string | null;
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            /** Format: date */
            validThrough: string;
            /** @enum {string} */
            workingTime: "full_time" | "part_time";
        };
        /** @description A published job offer, still valid, in French, Dutch and (when written) English. */
        PublicOfferInput: {
            address: string | null;
            commune: string | null;
            /** @enum {string} */
            contractType: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
            description: {
                en: string | null;
                fr: string | null;
                nl: string | null;
            };
            employer: {
                id: number;
                name: string;
            };
            eventId: number | null;
            hoursPerWeek: number | null;
            id: number;
            languages: string[];
            positions: number;
            skills: string[];
            stand: string | null;
            title: {
                en: string | null;
                fr: string;
                nl: string;
            };
            /** Format: date */
            validThrough: string;
            /** @enum {string} */
            workingTime: "full_time" | "part_time";
        };
        PublicOffers: {
            items: components["schemas"]["PublicOffer"][];
            total: number;
        };
        PublicOffersInput: {
            items: components["schemas"]["PublicOfferInput"][];
            total: number;
        };
        /** @description A room as the public sees it. */
        PublicRoom: {
            accessNotes: string | null;
            capacity: number;
            equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
            id: number;
            name: string;
            photoUrl: string | null;
        };
        /** @description A room as the public sees it. */
        PublicRoomInput: {
            accessNotes: string | null;
            capacity: number;
            equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
            id: number;
            name: string;
            photoUrl: string | null;
        };
        /** @description A breakdown of a report section, each item beside the year before. */
        ReportChart: {
            data: {
                key: string;
                label: string;
                previous: number | null;
                value: number;
            }[];
            key: string;
            /** @enum {string} */
            kind: "bar" | "donut";
            title: string;
        };
        /** @description A breakdown of a report section, each item beside the year before. */
        ReportChartInput: {
            data: {
                key: string;
                label: string;
                previous: number | null;
                value: number;
            }[];
            key: string;
            /** @enum {string} */
            kind: "bar" | "donut";
            title: string;
        };
        /** @description A key figure of a report section, beside the year before. */
        ReportFigure: {
            change: number | null;
            key: string;
            label: string;
            note?: string;
            previous: number | null;
            /** @enum {string} */
            unit: "count" | "percent" | "decimal" | "hours" | "euros";
            value: number | null;
        };
        /** @description A key figure of a report section, beside the year before. */
        ReportFigureInput: {
            change: number | null;
            key: string;
            label: string;
            note?: string;
            previous: number | null;
            /** @enum {string} */
            unit: "count" | "percent" | "decimal" | "hours" | "euros";
            value: number | null;
        };
        /** @description A module's section of the annual report. */
        ReportSection: {
            charts: components["schemas"]["ReportChart"][];
            figures: components["schemas"]["ReportFigure"][];
            key: string;
            title: string;
        };
        /** @description A module's section of the annual report. */
        ReportSectionInput: {
            charts: components["schemas"]["ReportChartInput"][];
            figures: components["schemas"]["ReportFigureInput"][];
            key: string;
            title: string;
        };
        /** @description A meeting room, its capacity, equipment and prices (euro cents). */
        Room: {
            accessNotes: string | null;
            active: boolean;
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            dayPriceCents: number;
            equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
            halfDayPriceCents: number;
            id: number;
            name: string;
            photoUrl: string | null;
            siteId: number | null;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A booking of a room: requested, confirmed, refused or cancelled. A public requester's details only reach the room managers. */
        RoomBooking: {
            activity: {
                id: number;
                kind: string;
            } | null;
            amountCents: number;
            attendees: number | null;
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decisionMessage: string | null;
            detached: boolean;
            /** Format: date-time */
            endsAt: string;
            id: number;
            layout: string | null;
            organisationId: number | null;
            organisationName: string | null;
            purpose: string;
            reference: string | null;
            requestedBy: number | null;
            requesterOrganisation: string | null;
            roomId: number;
            roomName: string;
            seriesId: number | null;
            showPublicly: boolean | null;
            /** @enum {string} */
            source: "staff" | "public";
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "requested" | "confirmed" | "refused" | "cancelled";
        };
        /** @description A booking of a room: requested, confirmed, refused or cancelled. A public requester's details only reach the room managers. */
        RoomBookingInput: {
            activity: {
                id: number;
                kind: string;
            } | null;
            amountCents: number;
            attendees: number | null;
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decisionMessage: string | null;
            detached: boolean;
            /** Format: date-time */
            endsAt: string;
            id: number;
            layout: string | null;
            organisationId: number | null;
            organisationName: string | null;
            purpose: string;
            reference: string | null;
            requestedBy: number | null;
            requesterOrganisation: string | null;
            roomId: number;
            roomName: string;
            seriesId: number | null;
            showPublicly: boolean | null;
            /** @enum {string} */
            source: "staff" | "public";
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "requested" | "confirmed" | "refused" | "cancelled";
        };
        /** @description Every active room with its live bookings and closures over some days. */
        RoomCalendar: {
            /** Format: date */
            from: string;
            rooms: {
                accessNotes: string | null;
                active: boolean;
                bookings: components["schemas"]["RoomBooking"][];
                capacity: number;
                closures: components["schemas"]["RoomClosure"][];
                /** Format: date-time */
                createdAt: string;
                dayPriceCents: number;
                equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
                halfDayPriceCents: number;
                id: number;
                name: string;
                photoUrl: string | null;
                siteId: number | null;
                /** Format: date-time */
                updatedAt: string;
            }[];
            /** Format: date */
            to: string;
        };
        /** @description Every active room with its live bookings and closures over some days. */
        RoomCalendarInput: {
            /** Format: date */
            from: string;
            rooms: {
                accessNotes: string | null;
                active: boolean;
                bookings: components["schemas"]["RoomBookingInput"][];
                capacity: number;
                closures: components["schemas"]["RoomClosureInput"][];
                /** Format: date-time */
                createdAt: string;
                dayPriceCents: number;
                equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
                halfDayPriceCents: number;
                id: number;
                name: string;
                photoUrl: string | null;
                siteId: number | null;
                /** Format: date-time */
                updatedAt: string;
            }[];
            /** Format: date */
            to: string;
        };
        /** @description A period when a room cannot be booked. */
        RoomClosure: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            reason: string | null;
            roomId: number;
            /** Format: date-time */
            startsAt: string;
        };
        /** @description A period when a room cannot be booked. */
        RoomClosureInput: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            endsAt: string;
            id: number;
            reason: string | null;
            roomId: number;
            /** Format: date-time */
            startsAt: string;
        };
        /** @description A room's opening periods of a day, its taken and its free slots (Brussels HH:MM). */
        RoomFreeSlots: {
            /** Format: date */
            date: string;
            free: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
            }[];
            opening: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
            }[];
            room: {
                capacity: number;
                id: number;
                name: string;
            };
            taken: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
            }[];
        };
        /** @description A room's opening periods of a day, its taken and its free slots (Brussels HH:MM). */
        RoomFreeSlotsInput: {
            /** Format: date */
            date: string;
            free: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
            }[];
            opening: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
            }[];
            room: {
                capacity: number;
                id: number;
                name: string;
            };
            taken: {
                /** @description HH:MM, Europe/Brussels */
                from: string;
                /** @description HH:MM, Europe/Brussels */
                to: string;
            }[];
        };
        /** @description A meeting room, its capacity, equipment and prices (euro cents). */
        RoomInput: {
            accessNotes: string | null;
            active: boolean;
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            dayPriceCents: number;
            equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
            halfDayPriceCents: number;
            id: number;
            name: string;
            photoUrl: string | null;
            siteId: number | null;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description The day's and the week's taken slots of every room, without saying who booked unless they agreed. */
        RoomOccupation: {
            /** Format: date */
            date: string;
            rooms: {
                capacity: number;
                closures: {
                    /** Format: date-time */
                    endsAt: string;
                    /** Format: date-time */
                    startsAt: string;
                }[];
                equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
                id: number;
                name: string;
                today: {
                    /** Format: date */
                    day: string;
                    /** Format: date-time */
                    endsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    from: string;
                    /** @description the organisation's name when it agreed to be named, else null (reserved) */
                    organisation: string | null;
                    /** Format: date-time */
                    startsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    to: string;
                }[];
                week: {
                    /** Format: date */
                    day: string;
                    /** Format: date-time */
                    endsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    from: string;
                    /** @description the organisation's name when it agreed to be named, else null (reserved) */
                    organisation: string | null;
                    /** Format: date-time */
                    startsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    to: string;
                }[];
            }[];
            week: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
        };
        /** @description The day's and the week's taken slots of every room, without saying who booked unless they agreed. */
        RoomOccupationInput: {
            /** Format: date */
            date: string;
            rooms: {
                capacity: number;
                closures: {
                    /** Format: date-time */
                    endsAt: string;
                    /** Format: date-time */
                    startsAt: string;
                }[];
                equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
                id: number;
                name: string;
                today: {
                    /** Format: date */
                    day: string;
                    /** Format: date-time */
                    endsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    from: string;
                    /** @description the organisation's name when it agreed to be named, else null (reserved) */
                    organisation: string | null;
                    /** Format: date-time */
                    startsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    to: string;
                }[];
                week: {
                    /** Format: date */
                    day: string;
                    /** Format: date-time */
                    endsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    from: string;
                    /** @description the organisation's name when it agreed to be named, else null (reserved) */
                    organisation: string | null;
                    /** Format: date-time */
                    startsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    to: string;
                }[];
            }[];
            week: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
        };
        /** @description Whether an organisation is named on the public pages and books for free. */
        RoomOrganisationSettings: {
            freeOfCharge: boolean;
            id: number;
            isInternalPartner: boolean;
            name: string;
            showPublicly: boolean;
        };
        /** @description Whether an organisation is named on the public pages and books for free. */
        RoomOrganisationSettingsInput: {
            freeOfCharge: boolean;
            id: number;
            isInternalPartner: boolean;
            name: string;
            showPublicly: boolean;
        };
        RoomRequestAccepted: {
            reference: string;
            /** @constant */
            status: "requested";
        };
        RoomRequestAcceptedInput: {
            reference: string;
            /** @constant */
            status: "requested";
        };
        /** @description What a public requester sees of their request, by its reference. */
        RoomRequestStatus: {
            /** Format: date */
            date: string;
            /** @description HH:MM, Europe/Brussels */
            endTime: string;
            message: string | null;
            reference: string;
            room: string;
            /** @description HH:MM, Europe/Brussels */
            startTime: string;
            /** @enum {string} */
            status: "requested" | "confirmed" | "refused" | "cancelled";
        };
        /** @description What a public requester sees of their request, by its reference. */
        RoomRequestStatusInput: {
            /** Format: date */
            date: string;
            /** @description HH:MM, Europe/Brussels */
            endTime: string;
            message: string | null;
            reference: string;
            room: string;
            /** @description HH:MM, Europe/Brussels */
            startTime: string;
            /** @enum {string} */
            status: "requested" | "confirmed" | "refused" | "cancelled";
        };
        /** @description The entrance screen: today's bookings room by room, and what is on now. */
        RoomScreen: {
            /** Format: date */
            date: string;
            /** Format: date-time */
            generatedAt: string;
            rooms: {
                accessNotes: string | null;
                bookings: {
                    /** Format: date-time */
                    endsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    from: string;
                    now: boolean;
                    /** @description the organisation's name when it agreed to be named, else null (reserved) */
                    organisation: string | null;
                    past: boolean;
                    /** Format: date-time */
                    startsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    to: string;
                }[];
                id: number;
                name: string;
            }[];
        };
        /** @description The entrance screen: today's bookings room by room, and what is on now. */
        RoomScreenInput: {
            /** Format: date */
            date: string;
            /** Format: date-time */
            generatedAt: string;
            rooms: {
                accessNotes: string | null;
                bookings: {
                    /** Format: date-time */
                    endsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    from: string;
                    now: boolean;
                    /** @description the organisation's name when it agreed to be named, else null (reserved) */
                    organisation: string | null;
                    past: boolean;
                    /** Format: date-time */
                    startsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    to: string;
                }[];
                id: number;
                name: string;
            }[];
        };
        /** @description A recurring booking (an RFC 5545 rule in Brussels wall time). */
        RoomSeries: {
            /** Format: date-time */
            createdAt: string;
            createdBy: number | null;
            /** @description HH:MM, Europe/Brussels */
            endTime: string;
            /** Format: date */
            firstDay: string;
            id: number;
            roomId: number;
            rrule: string;
            /** @description HH:MM, Europe/Brussels */
            startTime: string;
        };
        /** @description A recurring booking (an RFC 5545 rule in Brussels wall time). */
        RoomSeriesInput: {
            /** Format: date-time */
            createdAt: string;
            createdBy: number | null;
            /** @description HH:MM, Europe/Brussels */
            endTime: string;
            /** Format: date */
            firstDay: string;
            id: number;
            roomId: number;
            rrule: string;
            /** @description HH:MM, Europe/Brussels */
            startTime: string;
        };
        /** @description A month's confirmed bookings per organisation, with the amount due (euro cents). */
        RoomStatement: {
            month: string;
            organisations: {
                bookings: {
                    amountCents: number;
                    bookingId: number;
                    /** Format: date */
                    day: string;
                    /** Format: date-time */
                    endsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    from: string;
                    hours: number;
                    organisation: string;
                    purpose: string;
                    room: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** @enum {string} */
                    tariff: "free" | "half_day" | "day";
                    /** @description HH:MM, Europe/Brussels */
                    to: string;
                }[];
                free: boolean;
                hours: number;
                name: string;
                organisationId: number | null;
                totalCents: number;
            }[];
            totalCents: number;
        };
        /** @description A month's confirmed bookings per organisation, with the amount due (euro cents). */
        RoomStatementInput: {
            month: string;
            organisations: {
                bookings: {
                    amountCents: number;
                    bookingId: number;
                    /** Format: date */
                    day: string;
                    /** Format: date-time */
                    endsAt: string;
                    /** @description HH:MM, Europe/Brussels */
                    from: string;
                    hours: number;
                    organisation: string;
                    purpose: string;
                    room: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** @enum {string} */
                    tariff: "free" | "half_day" | "day";
                    /** @description HH:MM, Europe/Brussels */
                    to: string;
                }[];
                free: boolean;
                hours: number;
                name: string;
                organisationId: number | null;
                totalCents: number;
            }[];
            totalCents: number;
        };
        /** @description A year of confirmed bookings: by month, organisation and room, with the occupancy of the opening hours. */
        RoomStats: {
            amountCents: number;
            bookings: number;
            byMonth: {
                bookings: number;
                hours: number;
                month: number;
                previousYearBookings: number;
            }[];
            byOrganisation: {
                amountCents: number;
                bookings: number;
                hours: number;
                name: string;
                organisationId: number | null;
                previousYearBookings: number;
            }[];
            byRoom: {
                bookings: number;
                hours: number;
                hoursInOpeningHours: number;
                name: string;
                occupancyRate: number;
                openingHours: number;
                previousYearBookings: number;
                roomId: number;
            }[];
            change: number | null;
            hours: number;
            previousYear: {
                bookings: number;
                hours: number;
                year: number;
            };
            year: number;
        };
        /** @description A year of confirmed bookings: by month, organisation and room, with the occupancy of the opening hours. */
        RoomStatsInput: {
            amountCents: number;
            bookings: number;
            byMonth: {
                bookings: number;
                hours: number;
                month: number;
                previousYearBookings: number;
            }[];
            byOrganisation: {
                amountCents: number;
                bookings: number;
                hours: number;
                name: string;
                organisationId: number | null;
                previousYearBookings: number;
            }[];
            byRoom: {
                bookings: number;
                hours: number;
                hoursInOpeningHours: number;
                name: string;
                occupancyRate: number;
                openingHours: number;
                previousYearBookings: number;
                roomId: number;
            }[];
            change: number | null;
            hours: number;
            previousYear: {
                bookings: number;
                hours: number;
                year: number;
            };
            year: number;
        };
        /** @description A place where the Centrale works, with its opening hours. */
        Site: {
            active: boolean;
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @enum {string} */
            kind: "main" | "desk" | "antenna";
            name: string;
            /** @description local Brussels hours, 1 = Monday */
            openingHours: {
                from: string;
                to: string;
                weekday: number;
            }[];
            postalCode: string | null;
        };
        /** @description A place where the Centrale works, with its opening hours. */
        SiteInput: {
            active: boolean;
            address: string | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @enum {string} */
            kind: "main" | "desk" | "antenna";
            name: string;
            /** @description local Brussels hours, 1 = Monday */
            openingHours: {
                from: string;
                to: string;
                weekday: number;
            }[];
            postalCode: string | null;
        };
        Sites: {
            items: components["schemas"]["Site"][];
        };
        SitesInput: {
            items: components["schemas"]["SiteInput"][];
        };
        /** @description A problem category of the configurable list. */
        SocialdeskCategory: {
            active: boolean;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            labelEn: string;
            labelFr: string;
            labelNl: string;
            sortOrder: number;
        };
        /** @description A problem category of the configurable list. */
        SocialdeskCategoryInput: {
            active: boolean;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            labelEn: string;
            labelFr: string;
            labelNl: string;
            sortOrder: number;
        };
        SocialdeskDrill: {
            count: number;
            interviews: components["schemas"]["SocialdeskInterview"][];
            key: string;
            /** @enum {string} */
            kind: "people" | "interviews";
            people: {
                ageClass: string;
                birthYear: number | null;
                erased: boolean;
                firstName: string;
                followupStart: string | null;
                gender: string | null;
                interviews: number;
                lastName: string;
                personId: number;
                professionalStatus: string | null;
                studyLevel: string | null;
            }[];
            year: number;
        };
        SocialdeskDrillInput: {
            count: number;
            interviews: components["schemas"]["SocialdeskInterviewInput"][];
            key: string;
            /** @enum {string} */
            kind: "people" | "interviews";
            people: {
                ageClass: string;
                birthYear: number | null;
                erased: boolean;
                firstName: string;
                followupStart: string | null;
                gender: string | null;
                interviews: number;
                lastName: string;
                personId: number;
                professionalStatus: string | null;
                studyLevel: string | null;
            }[];
            year: number;
        };
        SocialdeskFollowup: {
            closingNote: string | null;
            endDate: string | null;
            id: number;
            personId: number;
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            status: "open" | "closed";
        };
        SocialdeskFollowupInput: {
            closingNote: string | null;
            endDate: string | null;
            id: number;
            personId: number;
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            status: "open" | "closed";
        };
        SocialdeskFollowups: {
            current: components["schemas"]["SocialdeskFollowup"] | null;
            firstStartDate: string | null;
            items: components["schemas"]["SocialdeskFollowup"][];
            personId: number;
            /** @enum {string} */
            status: "open" | "closed" | "none";
        };
        SocialdeskFollowupsInput: {
            current: components["schemas"]["SocialdeskFollowupInput"] | null;
            firstStartDate: string | null;
            items: components["schemas"]["SocialdeskFollowupInput"][];
            personId: number;
            /** @enum {string} */
            status: "open" | "closed" | "none";
        };
        SocialdeskInterview: {
            actions: string | null;
            categories: {
                code: string;
                labelEn: string;
                labelFr: string;
                labelNl: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            createdBy: number | null;
            /** Format: date */
            date: string;
            /** @description whether the social worker wrote confidential notes (their text: GET .../notes, social worker only) */
            hasConfidentialNotes: boolean;
            id: number;
            /** @enum {string} */
            kind: "appointment" | "drop_in" | "phone";
            nextStep: string | null;
            nextStepDate: string | null;
            person: {
                erased: boolean;
                firstName: string;
                id: number;
                lastName: string;
            } | null;
            personId: number;
            referrals: {
                name: string | null;
                note: string | null;
                organisationId: number;
            }[];
            siteId: number;
            siteName: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        SocialdeskInterviewInput: {
            actions: string | null;
            categories: {
                code: string;
                labelEn: string;
                labelFr: string;
                labelNl: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            createdBy: number | null;
            /** Format: date */
            date: string;
            /** @description whether the social worker wrote confidential notes (their text: GET .../notes, social worker only) */
            hasConfidentialNotes: boolean;
            id: number;
            /** @enum {string} */
            kind: "appointment" | "drop_in" | "phone";
            nextStep: string | null;
            nextStepDate: string | null;
            person: {
                erased: boolean;
                firstName: string;
                id: number;
                lastName: string;
            } | null;
            personId: number;
            referrals: {
                name: string | null;
                note: string | null;
                organisationId: number;
            }[];
            siteId: number;
            siteName: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A confidential note: the social worker only. */
        SocialdeskNote: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: number | null;
            id: number;
            interviewId: number;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A confidential note: the social worker only. */
        SocialdeskNoteInput: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: number | null;
            id: number;
            interviewId: number;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A year's figures beside the year before's; each figure's key is what the drill-down answers to. */
        SocialdeskStats: {
            categories: {
                code: string;
                interviews: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
                labelEn: string;
                labelFr: string;
                labelNl: string;
                people: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
            }[];
            interviews: {
                byKind: {
                    change: number;
                    current: number;
                    key: string;
                    /** @enum {string} */
                    kind: "appointment" | "drop_in" | "phone";
                    previous: number;
                }[];
                bySite: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                    siteId: number;
                    siteName: string;
                }[];
                total: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
            };
            newArrivals: {
                byAgeClass: {
                    ageClass: string;
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                }[];
                byGender: {
                    change: number;
                    current: number;
                    gender: string;
                    key: string;
                    previous: number;
                }[];
                byProfessionalStatus: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                    professionalStatus: string;
                }[];
                byStudyLevel: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                    studyLevel: string;
                }[];
                total: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
            };
            noShows: {
                current: {
                    attended: number;
                    booked: number;
                    noShowRate: number | null;
                    noShows: number;
                };
                previous: {
                    attended: number;
                    booked: number;
                    noShowRate: number | null;
                    noShows: number;
                };
            } | null;
            peopleSeen: {
                bySite: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                    siteId: number;
                    siteName: string;
                }[];
                total: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
            };
            previousYear: number;
            year: number;
        };
        /** @description A year's figures beside the year before's; each figure's key is what the drill-down answers to. */
        SocialdeskStatsInput: {
            categories: {
                code: string;
                interviews: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
                labelEn: string;
                labelFr: string;
                labelNl: string;
                people: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
            }[];
            interviews: {
                byKind: {
                    change: number;
                    current: number;
                    key: string;
                    /** @enum {string} */
                    kind: "appointment" | "drop_in" | "phone";
                    previous: number;
                }[];
                bySite: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                    siteId: number;
                    siteName: string;
                }[];
                total: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
            };
            newArrivals: {
                byAgeClass: {
                    ageClass: string;
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                }[];
                byGender: {
                    change: number;
                    current: number;
                    gender: string;
                    key: string;
                    previous: number;
                }[];
                byProfessionalStatus: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                    professionalStatus: string;
                }[];
                byStudyLevel: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                    studyLevel: string;
                }[];
                total: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
            };
            noShows: {
                current: {
                    attended: number;
                    booked: number;
                    noShowRate: number | null;
                    noShows: number;
                };
                previous: {
                    attended: number;
                    booked: number;
                    noShowRate: number | null;
                    noShows: number;
                };
            } | null;
            peopleSeen: {
                bySite: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                    siteId: number;
                    siteName: string;
                }[];
                total: {
                    change: number;
                    current: number;
                    key: string;
                    previous: number;
                };
            };
            previousYear: number;
            year: number;
        };
        /** @description A text in each language; null where nobody wrote it (it is never filled in from another language). */
        TextVersions: {
            en: string | null;
            fr: string | null;
            nl: string | null;
        };
        /** @description A text in each language; null where nobody wrote it (it is never filled in from another language). */
        TextVersionsInput: {
            en: string | null;
            fr: string | null;
            nl: string | null;
        };
        TimelineEntry: {
            /** @description a local date YYYY-MM-DD or an instant */
            at: string;
            data?: {
                [key: string]: unknown;
            };
            kind: string;
            link?: string;
            module: string;
            redacted?: boolean;
            summary?: string | null;
        };
        TimelineEntryInput: {
            /** @description a local date YYYY-MM-DD or an instant */
            at: string;
            data?: {
                [key: string]: unknown;
            };
            kind: string;
            link?: string;
            module: string;
            redacted?: boolean;
            summary?: string | null;
        };
        /** @description What a printed attendance certificate shows. */
        TrainingCertificate: {
            attendedDays: components["schemas"]["TrainingSessionDay"][];
            attendedHours: number;
            /** Format: date */
            issuedOn: string;
            issuer: {
                address: string;
                name: string;
            };
            participant: {
                birthDate: string | null;
                id: number;
                jobTitle: string | null;
                name: string;
                organisation: string | null;
            };
            programme: {
                description: string | null;
                id: number;
                name: string;
            };
            session: {
                days: components["schemas"]["TrainingSessionDay"][];
                id: number;
                room: string | null;
                title: string | null;
            };
            totalHours: number;
            trainers: string[];
        };
        /** @description What a printed attendance certificate shows. */
        TrainingCertificateInput: {
            attendedDays: components["schemas"]["TrainingSessionDayInput"][];
            attendedHours: number;
            /** Format: date */
            issuedOn: string;
            issuer: {
                address: string;
                name: string;
            };
            participant: {
                birthDate: string | null;
                id: number;
                jobTitle: string | null;
                name: string;
                organisation: string | null;
            };
            programme: {
                description: string | null;
                id: number;
                name: string;
            };
            session: {
                days: components["schemas"]["TrainingSessionDayInput"][];
                id: number;
                room: string | null;
                title: string | null;
            };
            totalHours: number;
            trainers: string[];
        };
        /** @description The public link of an open evaluation. */
        TrainingEvaluationLink: {
            /** @constant */
            open: true;
            token: string;
            url: string;
        };
        /** @description The public link of an open evaluation. */
        TrainingEvaluationLinkInput: {
            /** @constant */
            open: true;
            token: string;
            url: string;
        };
        /** @description A session's evaluation: average and distribution per question, comments. */
        TrainingEvaluationResults: {
            average: number | null;
            closedAt: string | null;
            comments: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                source: "public" | "staff";
                text: string;
            }[];
            forms: number;
            open: boolean;
            questions: {
                active: boolean;
                answers: number;
                average: number | null;
                distribution: number[];
                id: number;
                text: string;
            }[];
            sessionId: number;
        };
        /** @description A session's evaluation: average and distribution per question, comments. */
        TrainingEvaluationResultsInput: {
            average: number | null;
            closedAt: unknown | null;
            comments: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                source: "public" | "staff";
                text: string;
            }[];
            forms: number;
            open: boolean;
            questions: {
                active: boolean;
                answers: number;
                average: number | null;
                distribution: number[];
                id: number;
                text: string;
            }[];
            sessionId: number;
        };
        /** @description What became of a programme's participants (rate in percent of the known outcomes). */
        TrainingOutcomes: {
            byOutcome: {
                entered_training: number;
                found_job: number;
                still_looking: number;
                unknown: number;
            };
            known: number;
            participants: number;
            positive: number;
            programmeId: number;
            rate: number | null;
            sessions: {
                byOutcome: {
                    entered_training: number;
                    found_job: number;
                    still_looking: number;
                    unknown: number;
                };
                known: number;
                participants: number;
                positive: number;
                rate: number | null;
                sessionId: number;
                title: string | null;
            }[];
            year: number | null;
        };
        /** @description What became of a programme's participants (rate in percent of the known outcomes). */
        TrainingOutcomesInput: {
            byOutcome: {
                entered_training: number;
                found_job: number;
                still_looking: number;
                unknown: number;
            };
            known: number;
            participants: number;
            positive: number;
            programmeId: number;
            rate: number | null;
            sessions: {
                byOutcome: {
                    entered_training: number;
                    found_job: number;
                    still_looking: number;
                    unknown: number;
                };
                known: number;
                participants: number;
                positive: number;
                rate: number | null;
                sessionId: number;
                title: string | null;
            }[];
            year: number | null;
        };
        /** @description A participant of a session: enrolled, waiting or withdrawn, and the outcome. */
        TrainingParticipant: {
            enrolledAt: string | null;
            id: number;
            jobTitle: string | null;
            organisationId: number | null;
            /** @enum {string} */
            outcome: "unknown" | "entered_training" | "found_job" | "still_looking";
            outcomeDate: string | null;
            outcomeNote: string | null;
            personId: number | null;
            professionalName: string | null;
            sessionId: number;
            /** @enum {string} */
            status: "enrolled" | "waiting" | "withdrawn";
            waitingSince: string | null;
            withdrawnAt: string | null;
            withdrawReason: string | null;
        };
        /** @description A participant of a session: enrolled, waiting or withdrawn, and the outcome. */
        TrainingParticipantInput: {
            enrolledAt: unknown | null;
            id: number;
            jobTitle: string | null;
            organisationId: number | null;
            /** @enum {string} */
            outcome: "unknown" | "entered_training" | "found_job" | "still_looking";
            outcomeDate: string | null;
            outcomeNote: string | null;
            personId: number | null;
            professionalName: string | null;
            sessionId: number;
            /** @enum {string} */
            status: "enrolled" | "waiting" | "withdrawn";
            waitingSince: unknown | null;
            withdrawnAt: unknown | null;
            withdrawReason: string | null;
        };
        /** @description A training programme, with its sessions and participants counted and its next day. */
        TrainingProgramme: {
            active: boolean;
            description: string | null;
            funder: string | null;
            id: number;
            name: string;
            nextDay: string | null;
            participantCount: number;
            sessionCount: number;
            targetPublic: string | null;
        };
        /** @description A programme with its partners, trainers, evaluation questions and sessions. */
        TrainingProgrammeDetail: {
            active: boolean;
            description: string | null;
            funder: string | null;
            id: number;
            name: string;
            partners: {
                id: number;
                name: string | null;
            }[];
            questions: components["schemas"]["TrainingQuestion"][];
            sessions: components["schemas"]["TrainingSessionSummary"][];
            targetPublic: string | null;
            trainers: {
                id: number;
                name: string | null;
            }[];
        };
        /** @description A programme with its partners, trainers, evaluation questions and sessions. */
        TrainingProgrammeDetailInput: {
            active: boolean;
            description: string | null;
            funder: string | null;
            id: number;
            name: string;
            partners: {
                id: number;
                name: string | null;
            }[];
            questions: components["schemas"]["TrainingQuestionInput"][];
            sessions: components["schemas"]["TrainingSessionSummaryInput"][];
            targetPublic: string | null;
            trainers: {
                id: number;
                name: string | null;
            }[];
        };
        /** @description A training programme, with its sessions and participants counted and its next day. */
        TrainingProgrammeInput: {
            active: boolean;
            description: string | null;
            funder: string | null;
            id: number;
            name: string;
            nextDay: string | null;
            participantCount: number;
            sessionCount: number;
            targetPublic: string | null;
        };
        /** @description The evaluation form behind a public link. */
        TrainingPublicForm: {
            days: string[];
            programme: string;
            questions: {
                id: number;
                text: string;
            }[];
            scale: {
                max: number;
                min: number;
            };
            session: string | null;
            sessionId: number;
        };
        /** @description The evaluation form behind a public link. */
        TrainingPublicFormInput: {
            days: string[];
            programme: string;
            questions: {
                id: number;
                text: string;
            }[];
            scale: {
                max: number;
                min: number;
            };
            session: string | null;
            sessionId: number;
        };
        /** @description A question of the end-of-training evaluation (satisfaction 1-5). */
        TrainingQuestion: {
            active: boolean;
            id: number;
            position: number;
            programmeId: number;
            text: string;
        };
        /** @description A question of the end-of-training evaluation (satisfaction 1-5). */
        TrainingQuestionInput: {
            active: boolean;
            id: number;
            position: number;
            programmeId: number;
            text: string;
        };
        /** @description A session with its days, participants (attendance per day) and waiting list. */
        TrainingSession: {
            cancelReason: string | null;
            capacity: number;
            days: components["schemas"]["TrainingSessionDay"][];
            enrolled: number;
            evaluationClosedAt: string | null;
            evaluationOpen: boolean;
            evaluationToken: string | null;
            id: number;
            participants: components["schemas"]["TrainingSessionParticipant"][];
            programme: {
                id: number;
                name: string;
            };
            programmeId: number;
            room: string | null;
            /** @enum {string} */
            status: "planned" | "running" | "done" | "cancelled";
            title: string | null;
            waitingList: components["schemas"]["TrainingSessionParticipant"][];
        };
        /** @description One day of a session, Brussels time, with its length in hours. */
        TrainingSessionDay: {
            /** Format: date */
            date: string;
            /** Format: date-time */
            endsAt: string;
            /** @description HH:MM, Europe/Brussels */
            from: string;
            hours: number;
            id: number;
            /** Format: date-time */
            startsAt: string;
            /** @description HH:MM, Europe/Brussels */
            to: string;
        };
        /** @description One day of a session, Brussels time, with its length in hours. */
        TrainingSessionDayInput: {
            /** Format: date */
            date: string;
            /** Format: date-time */
            endsAt: string;
            /** @description HH:MM, Europe/Brussels */
            from: string;
            hours: number;
            id: number;
            /** Format: date-time */
            startsAt: string;
            /** @description HH:MM, Europe/Brussels */
            to: string;
        };
        /** @description A session with its days, participants (attendance per day) and waiting list. */
        TrainingSessionInput: {
            cancelReason: string | null;
            capacity: number;
            days: components["schemas"]["TrainingSessionDayInput"][];
            enrolled: number;
            evaluationClosedAt: unknown | null;
            evaluationOpen: boolean;
            evaluationToken: string | null;
            id: number;
            participants: components["schemas"]["TrainingSessionParticipantInput"][];
            programme: {
                id: number;
                name: string;
            };
            programmeId: number;
            room: string | null;
            /** @enum {string} */
            status: "planned" | "running" | "done" | "cancelled";
            title: string | null;
            waitingList: components["schemas"]["TrainingSessionParticipantInput"][];
        };
        /** @description A participant as the session shows them: name, organisation, attendance per day. */
        TrainingSessionParticipant: {
            attendance: {
                [key: string]: boolean;
            };
            enrolledAt: string | null;
            id: number;
            jobTitle: string | null;
            name: string | null;
            organisationId: number | null;
            organisationName: string | null;
            /** @enum {string} */
            outcome: "unknown" | "entered_training" | "found_job" | "still_looking";
            outcomeDate: string | null;
            outcomeNote: string | null;
            personId: number | null;
            position?: number;
            professionalName: string | null;
            sessionId: number;
            /** @enum {string} */
            status: "enrolled" | "waiting" | "withdrawn";
            waitingSince: string | null;
            withdrawnAt: string | null;
            withdrawReason: string | null;
        };
        /** @description A participant as the session shows them: name, organisation, attendance per day. */
        TrainingSessionParticipantInput: {
            attendance: {
                [key: string]: boolean;
            };
            enrolledAt: unknown | null;
            id: number;
            jobTitle: string | null;
            name: string | null;
            organisationId: number | null;
            organisationName: string | null;
            /** @enum {string} */
            outcome: "unknown" | "entered_training" | "found_job" | "still_looking";
            outcomeDate: string | null;
            outcomeNote: string | null;
            personId: number | null;
            position?: number;
            professionalName: string | null;
            sessionId: number;
            /** @enum {string} */
            status: "enrolled" | "waiting" | "withdrawn";
            waitingSince: unknown | null;
            withdrawnAt: unknown | null;
            withdrawReason: string | null;
        };
        /** @description A session as the programme lists it: days, places taken, waiting list. */
        TrainingSessionSummary: {
            cancelReason: string | null;
            capacity: number;
            days: components["schemas"]["TrainingSessionDay"][];
            enrolled: number;
            evaluationClosedAt: string | null;
            evaluationOpen: boolean;
            id: number;
            programmeId: number;
            room: string | null;
            /** @enum {string} */
            status: "planned" | "running" | "done" | "cancelled";
            title: string | null;
            waiting: number;
        };
        /** @description A session as the programme lists it: days, places taken, waiting list. */
        TrainingSessionSummaryInput: {
            cancelReason: string | null;
            capacity: number;
            days: components["schemas"]["TrainingSessionDayInput"][];
            enrolled: number;
            evaluationClosedAt: unknown | null;
            evaluationOpen: boolean;
            id: number;
            programmeId: number;
            room: string | null;
            /** @enum {string} */
            status: "planned" | "running" | "done" | "cancelled";
            title: string | null;
            waiting: number;
        };
        /** @description A year of trainings (rates in percent). */
        TrainingStats: {
            attendanceRate: number | null;
            byOrganisation: {
                count: number;
                name: string;
            }[];
            distinctPeople: number;
            evaluationAverage: number | null;
            evaluationForms: number;
            outcomes: {
                positive: number;
                rate: number | null;
            };
            participations: number;
            perProgramme: {
                attendanceRate: number | null;
                cancelReasons: string[];
                distinctPeople: number;
                evaluationAverage: number | null;
                evaluationForms: number;
                id: number;
                name: string;
                outcomes: {
                    known: number;
                    positive: number;
                    rate: number | null;
                };
                participations: number;
                professionals: number;
                sessionsCancelled: number;
                sessionsHeld: number;
            }[];
            professionals: number;
            programmes: number;
            sessionsCancelled: number;
            sessionsHeld: number;
            year: number;
        };
        /** @description A year of trainings (rates in percent). */
        TrainingStatsInput: {
            attendanceRate: number | null;
            byOrganisation: {
                count: number;
                name: string;
            }[];
            distinctPeople: number;
            evaluationAverage: number | null;
            evaluationForms: number;
            outcomes: {
                positive: number;
                rate: number | null;
            };
            participations: number;
            perProgramme: {
                attendanceRate: number | null;
                cancelReasons: string[];
                distinctPeople: number;
                evaluationAverage: number | null;
                evaluationForms: number;
                id: number;
                name: string;
                outcomes: {
                    known: number;
                    positive: number;
                    rate: number | null;
                };
                participations: number;
                professionals: number;
                sessionsCancelled: number;
                sessionsHeld: number;
            }[];
            professionals: number;
            programmes: number;
            sessionsCancelled: number;
            sessionsHeld: number;
            year: number;
        };
        /** @description A staff account: its roles, language and state. */
        User: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string;
            id: number;
            lastLoginAt: string | null;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            mustChangePassword: boolean;
            name: string;
            passwordResetAt: string | null;
            passwordResetBy: string | null;
            roles: ("admin" | "director" | "reception" | "social_worker" | "trainer" | "project_officer" | "communication" | "logistics")[];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A staff account: its roles, language and state. */
        UserInput: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string;
            id: number;
            lastLoginAt: string | null;
            /** @enum {string} */
            locale: "fr" | "nl" | "en";
            mustChangePassword: boolean;
            name: string;
            passwordResetAt: string | null;
            passwordResetBy: string | null;
            roles: ("admin" | "director" | "reception" | "social_worker" | "trainer" | "project_officer" | "communication" | "logistics")[];
            /** Format: date-time */
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getAppointmentDesks: {
        parameters: {
            query?: {
                all?: "true" | "false";
                siteId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AppointmentDesk"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppointmentDesks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    hours: {
                        from: string;
                        to: string;
                        weekday: number;
                    }[];
                    /**
                     * @default socialdesk
                     * @enum {string}
                     */
                    module?: "socialdesk" | "appointments";
                    name: string;
                    siteId: number;
                    /** @default 30 */
                    slotMinutes?: number;
                    staffUserId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentDesk"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentDesksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentDesk"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAppointmentDesksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    hours?: {
                        from: string;
                        to: string;
                        weekday: number;
                    }[];
                    /** @enum {string} */
                    module?: "socialdesk" | "appointments";
                    name?: string;
                    slotMinutes?: number;
                    staffUserId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentDesk"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentDesksByIdSlots: {
        parameters: {
            query: {
                date: string;
                staffUserId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        desk: {
                            active: boolean;
                            id: number;
                            name: string;
                            siteId: number;
                            slotMinutes: number;
                        };
                        slots: components["schemas"]["AppointmentSlot"][];
                        staffUserId: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    deskId: number;
                    endsAt?: string;
                    notes?: string | null;
                    personId: number;
                    purpose?: string | null;
                    staffUserId?: number;
                    startsAt: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAppointmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes?: string | null;
                    purpose?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppointmentsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentsByIdCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentCard"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentsByIdIcs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: ics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppointmentsByIdOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "attended" | "no_show" | "booked";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppointmentsByIdReschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    deskId?: number;
                    endsAt?: string;
                    staffUserId?: number;
                    startsAt: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentsCalendar: {
        parameters: {
            query: {
                date: string;
                deskId?: number;
                includeCancelled?: "true" | "false";
                siteId?: number;
                staffUserId?: number;
                view?: "day" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentCalendar"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppointmentsReminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentReminders"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentsStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AppointmentStaff"][];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentsStats: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentStats"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentsToCall: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentCallList"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                action?: string;
                actorUserId?: number;
                entityId?: string;
                entityType?: string;
                from?: string;
                limit?: number;
                offset?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAuthLocale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale: "fr" | "nl" | "en";
                };
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            email: string;
                            id: number;
                            /** @enum {string} */
                            locale: "fr" | "nl" | "en";
                            mustChangePassword: boolean;
                            name: string;
                            roles: ("admin" | "director" | "reception" | "social_worker" | "trainer" | "project_officer" | "communication" | "logistics")[];
                        };
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passwordReset: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                        } | null;
                        user: {
                            email: string;
                            id: number;
                            /** @enum {string} */
                            locale: "fr" | "nl" | "en";
                            mustChangePassword: boolean;
                            name: string;
                            permissions: ("appointments.manage" | "appointments.person" | "appointments.read" | "appointments.today" | "audit.read" | "epn.configure" | "epn.dashboard" | "epn.desk" | "epn.stats" | "equipment.manage" | "equipment.read" | "events.checkin" | "events.manage" | "events.read" | "events.stats" | "frontdesk.configure" | "frontdesk.dashboard" | "frontdesk.read" | "frontdesk.write" | "imports.run" | "observatory.configure" | "observatory.edit" | "observatory.edit_projects" | "observatory.follow_projects" | "observatory.list_people" | "offers.read" | "offers.stats" | "offers.write" | "organisations.manage" | "people.export" | "people.export_confidential" | "people.gdpr" | "people.merge" | "people.read" | "people.write" | "rooms.dashboard" | "rooms.manage" | "rooms.stats" | "sites.manage" | "socialdesk.categories" | "socialdesk.configure" | "socialdesk.notes" | "socialdesk.read" | "socialdesk.stats" | "socialdesk.write" | "trainings.manage" | "trainings.stats" | "users.manage")[];
                            roles: ("admin" | "director" | "reception" | "social_worker" | "trainer" | "project_officer" | "communication" | "logistics")[];
                        };
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEpnBoard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnBoard"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEpnHelpKinds: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EpnHelpKind"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEpnHelpKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnHelpKind"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchEpnHelpKindsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    label?: string;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnHelpKind"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEpnOpeningHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnOpeningHours"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEpnOpeningHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    periods: {
                        from: string;
                        to: string;
                        weekday: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnOpeningHours"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEpnStatsByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnStats"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEpnStatsByYearExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, zip. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/zip": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEpnVisits: {
        parameters: {
            query?: {
                date?: string;
                limit?: number;
                offset?: number;
                personId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EpnVisit"][];
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEpnVisits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ageBracket?: ("under_20" | "20_30" | "30_40" | "40_50" | "50_60" | "60_plus") | null;
                    gender?: ("F" | "M" | "X") | null;
                    /** @default [] */
                    helpKindIds?: number[];
                    label?: string;
                    notes?: string;
                    personId?: number;
                    workstationId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnVisit"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEpnVisitsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnVisit"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchEpnVisitsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    helpKindIds?: number[];
                    label?: string | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnVisit"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEpnVisitsByIdCheckOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    helpKindIds?: number[];
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnVisit"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEpnVisitsByIdSeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workstationId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnVisit"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEpnVisitsPast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ageBracket?: ("under_20" | "20_30" | "30_40" | "40_50" | "50_60" | "60_plus") | null;
                    endedAt: string;
                    gender?: ("F" | "M" | "X") | null;
                    /** @default [] */
                    helpKindIds?: number[];
                    label?: string;
                    notes?: string;
                    personId?: number;
                    startedAt: string;
                    workstationId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnVisit"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEpnWorkstations: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EpnWorkstation"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEpnWorkstations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnWorkstation"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchEpnWorkstationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    name?: string;
                    position?: number;
                    /** @enum {string} */
                    state?: "available" | "out_of_order";
                    stateNote?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpnWorkstation"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipmentAssets: {
        parameters: {
            query?: {
                includeRetired?: "true" | "false";
                kind?: "desktop" | "laptop" | "screen" | "printer" | "phone" | "tablet" | "network" | "server" | "projector" | "signage" | "other";
                owner?: "centrale" | "ale" | "partner";
                q?: string;
                siteId?: number;
                status?: "in_use" | "in_stock" | "in_repair" | "lent" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentAssets"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentAssets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    backupEveryDays?: number | null;
                    brand?: string | null;
                    epnWorkstationId?: number | null;
                    holderUserId?: number | null;
                    /** @enum {string} */
                    kind: "desktop" | "laptop" | "screen" | "printer" | "phone" | "tablet" | "network" | "server" | "projector" | "signage" | "other";
                    model?: string | null;
                    name: string;
                    notes?: string | null;
                    operatingSystem?: string | null;
                    /**
                     * @default centrale
                     * @enum {string}
                     */
                    owner?: "centrale" | "ale" | "partner";
                    ownerOrganisationId?: number | null;
                    purchaseDate?: string | null;
                    purchasePrice?: number | null;
                    roomId?: number | null;
                    serialNumber?: string | null;
                    siteId?: number | null;
                    /**
                     * @default in_use
                     * @enum {string}
                     */
                    status?: "in_use" | "in_stock" | "in_repair" | "retired";
                    tag?: string;
                    warrantyEnd?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentAsset"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipmentAssetsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentAssetDetail"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchEquipmentAssetsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    backupEveryDays?: number | null;
                    brand?: string | null;
                    epnWorkstationId?: number | null;
                    holderUserId?: number | null;
                    /** @enum {string} */
                    kind?: "desktop" | "laptop" | "screen" | "printer" | "phone" | "tablet" | "network" | "server" | "projector" | "signage" | "other";
                    model?: string | null;
                    name?: string;
                    notes?: string | null;
                    operatingSystem?: string | null;
                    /** @enum {string} */
                    owner?: "centrale" | "ale" | "partner";
                    ownerOrganisationId?: number | null;
                    purchaseDate?: string | null;
                    purchasePrice?: number | null;
                    roomId?: number | null;
                    serialNumber?: string | null;
                    siteId?: number | null;
                    /** @enum {string} */
                    status?: "in_use" | "in_stock" | "in_repair" | "retired";
                    tag?: string;
                    warrantyEnd?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentAsset"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentAssetsByIdBackupToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentBackupToken"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentAssetsByIdBackups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    at?: string;
                    note?: string | null;
                    /** @default true */
                    ok?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentBackup"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentAssetsByIdInterventions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    byName?: string | null;
                    byUserId?: number | null;
                    cost?: number | null;
                    day: string;
                    /** @enum {string} */
                    kind: "incident" | "intervention";
                    minutesSpent?: number | null;
                    /** @enum {string} */
                    setStatus?: "in_use" | "in_repair";
                    summary: string;
                    taskId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentIntervention"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEquipmentAssetsByIdInterventionsByInterventionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                interventionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentAssetsByIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    every: number;
                    nextDue: string;
                    title: string;
                    /** @enum {string} */
                    unit: "week" | "month";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentTask"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchEquipmentAssetsByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                taskId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    every?: number;
                    nextDue?: string;
                    title?: string;
                    /** @enum {string} */
                    unit?: "week" | "month";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentTask"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipmentAssetsExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                includeRetired?: "true" | "false";
                kind?: "desktop" | "laptop" | "screen" | "printer" | "phone" | "tablet" | "network" | "server" | "projector" | "signage" | "other";
                owner?: "centrale" | "ale" | "partner";
                q?: string;
                siteId?: number;
                status?: "in_use" | "in_stock" | "in_repair" | "lent" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, csv. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentBackupsReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    at?: string;
                    note?: string | null;
                    /** @default true */
                    ok?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentBackup"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentEpnWorkstationsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentEpnImport"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipmentLoans: {
        parameters: {
            query?: {
                assetId?: number;
                eventId?: number;
                out?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentLoans"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentLoans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assetIds: number[];
                    /** @enum {string} */
                    borrowerKind: "event" | "organisation" | "person";
                    dueBack?: string | null;
                    eventId?: number | null;
                    eventTitle?: string | null;
                    note?: string | null;
                    organisationId?: number | null;
                    outAt?: string;
                    personId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentLoans"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEquipmentLoansByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                    returnedAt?: string;
                    /**
                     * @default good
                     * @enum {string}
                     */
                    state?: "good" | "damaged" | "incomplete";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentLoan"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipmentOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentOverview"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipmentStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentStaff"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEquipmentTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EquipmentTask"][];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvents: {
        parameters: {
            query?: {
                from?: string;
                kind?: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                limit?: number;
                offset?: number;
                status?: "draft" | "published" | "closed" | "cancelled";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number | null;
                    descriptionEn?: string | null;
                    descriptionFr?: string | null;
                    descriptionNl?: string | null;
                    endsAt: string;
                    /** @enum {string} */
                    kind: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                    offerHours?: number;
                    partnerIds?: number[];
                    questions?: {
                        choices?: string[];
                        key: string;
                        labelEn?: string | null;
                        labelFr: string;
                        labelNl: string;
                        /** @default false */
                        required?: boolean;
                        /** @enum {string} */
                        type: "text" | "yes_no" | "choice" | "number";
                    }[];
                    registrationClosesAt?: string | null;
                    registrationOpensAt?: string | null;
                    roomId?: number | null;
                    staffIds?: number[];
                    startsAt: string;
                    /** @enum {string} */
                    status?: "draft" | "published" | "closed" | "cancelled";
                    targetPublics?: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
                    titleEn?: string | null;
                    titleFr: string;
                    titleNl: string;
                    venueAddress?: string | null;
                    venueName?: string | null;
                    waitingList?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchEventsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number | null;
                    descriptionEn?: string | null;
                    descriptionFr?: string | null;
                    descriptionNl?: string | null;
                    endsAt?: string;
                    /** @enum {string} */
                    kind?: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                    offerHours?: number;
                    partnerIds?: number[];
                    questions?: {
                        choices?: string[];
                        key: string;
                        labelEn?: string | null;
                        labelFr: string;
                        labelNl: string;
                        /** @default false */
                        required?: boolean;
                        /** @enum {string} */
                        type: "text" | "yes_no" | "choice" | "number";
                    }[];
                    registrationClosesAt?: string | null;
                    registrationOpensAt?: string | null;
                    roomId?: number | null;
                    staffIds?: number[];
                    startsAt?: string;
                    /** @enum {string} */
                    status?: "draft" | "published" | "closed" | "cancelled";
                    targetPublics?: ("job_seekers" | "young_people" | "employers" | "partners" | "newcomers" | "women" | "seniors" | "students" | "staff" | "general_public")[];
                    titleEn?: string | null;
                    titleFr?: string;
                    titleNl?: string;
                    venueAddress?: string | null;
                    venueName?: string | null;
                    waitingList?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEventsByIdDoor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ageBand?: ("under_18" | "18_25" | "26_35" | "36_45" | "46_55" | "over_55") | null;
                    at?: string;
                    device: string;
                    /**
                     * @default in
                     * @enum {string}
                     */
                    direction?: "in" | "out";
                    nonce: string;
                    postalCode?: string | null;
                    sex?: ("female" | "male" | "other") | null;
                    status?: ("job_seeker" | "employed" | "student" | "other") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDoorTap"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEventsByIdDoorUndo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    device: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDoorUndo"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEventsByIdItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number | null;
                    endsAt: string;
                    /** @enum {string} */
                    kind: "talk" | "workshop";
                    room?: string | null;
                    speakers?: string | null;
                    startsAt: string;
                    titleEn?: string | null;
                    titleFr: string;
                    titleNl: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEventsByIdItemsByItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                itemId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventsByIdLive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventLive"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventsByIdRegistrations: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                q?: string;
                status?: "registered" | "waiting" | "offered" | "cancelled" | "expired";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationList"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEventsByIdRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers?: {
                        [key: string]: string | number | boolean;
                    };
                    checkInAt?: string;
                    consent?: boolean;
                    email?: string | null;
                    firstName: string;
                    itemIds?: number[];
                    lastName: string;
                    /** @enum {string} */
                    locale?: "fr" | "nl" | "en";
                    personId?: number | null;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDeskRegistration"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEventsByIdRegistrationsByRegistrationIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                registrationId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistration"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventsByIdRegistrationsByRegistrationIdMatches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                registrationId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            birthDate: string | null;
                            firstName: string;
                            id: number;
                            lastName: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEventsByIdRegistrationsByRegistrationIdPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                registrationId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    personId: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistration"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEventsByIdScans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    desk: string;
                    nonce: string;
                    registrationId?: number;
                    scannedAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventScan"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventsStats: {
        parameters: {
            query?: {
                from?: string;
                kind?: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStats"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventsStatsExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                from?: string;
                kind?: "job_fair" | "themed_fair" | "info_session" | "workshop" | "conference" | "contest" | "internal";
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, zip. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/zip": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFrontdeskDay: {
        parameters: {
            query: {
                date?: string;
                siteId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrontdeskDay"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFrontdeskReasons: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        internalServices: ("information" | "social_desk" | "epn" | "it_training" | "projects" | "rooms" | "actiris_desk" | "other")[];
                        items: components["schemas"]["FrontdeskReason"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFrontdeskReasons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    labelEn: string;
                    labelFr: string;
                    labelNl: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrontdeskReason"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchFrontdeskReasonsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    labelEn?: string;
                    labelFr?: string;
                    labelNl?: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrontdeskReason"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFrontdeskStats: {
        parameters: {
            query?: {
                from?: string;
                groupBy?: "day" | "month" | "year";
                siteId?: number;
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrontdeskStats"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFrontdeskStatsExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                from?: string;
                groupBy?: "day" | "month" | "year";
                siteId?: number;
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, zip. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/zip": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFrontdeskVisits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    at?: string;
                    date?: string;
                    note?: string | null;
                    orientationOrganisationId?: number | null;
                    orientationService?: ("information" | "social_desk" | "epn" | "it_training" | "projects" | "rooms" | "actiris_desk" | "other") | null;
                    personId?: number | null;
                    reason: string;
                    siteId: number;
                    time?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrontdeskVisit"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFrontdeskVisitsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchFrontdeskVisitsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    at?: string;
                    date?: string;
                    note?: string | null;
                    orientationOrganisationId?: number | null;
                    orientationService?: ("information" | "social_desk" | "epn" | "it_training" | "projects" | "rooms" | "actiris_desk" | "other") | null;
                    personId?: number | null;
                    reason?: string;
                    siteId?: number;
                    time?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrontdeskVisit"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fields: ("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes")[];
                        items: components["schemas"]["ImportBatch"][];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    fileName: string;
                    /** @enum {string} */
                    kind: "people";
                    source: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        committedAt: string | null;
                        counts: components["schemas"]["ImportCounts"] | null;
                        /** Format: date-time */
                        createdAt: string;
                        fileName: string;
                        headers: string[];
                        id: number;
                        /** @enum {string} */
                        kind: "people";
                        mapping: (("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes") | null)[];
                        mappingRemembered: boolean;
                        source: string;
                        /** @enum {string} */
                        status: "draft" | "committed" | "undone";
                        undoneAt: string | null;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportsById: {
        parameters: {
            query?: {
                filter?: "all" | "errors" | "duplicates";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBatchDetail"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsByIdCommit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBatch"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsByIdDryRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCounts"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putImportsByIdMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mapping: (("externalId" | "lastName" | "firstName" | "birthDate" | "gender" | "niss" | "phone" | "email" | "postalCode" | "commune" | "professionalStatus" | "studyLevel" | "languages" | "firstContactDate" | "notes") | null)[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBatch"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportsByIdProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        done: number;
                        /** @enum {string} */
                        phase: "idle" | "checking" | "writing" | "done";
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchImportsByIdRowsByRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                row: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: components["schemas"]["ImportCounts"];
                        row: components["schemas"]["ImportRow"];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putImportsByIdRowsByRowDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                row: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: ({
                        /** @enum {string} */
                        action: "skip";
                    } | {
                        /** @enum {string} */
                        action: "new";
                    } | {
                        /** @enum {string} */
                        action: "link";
                        personId: number;
                    } | {
                        /** @enum {string} */
                        action: "merge";
                        personId: number;
                    }) | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBatch"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsByIdUndo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBatch"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportsBulkPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        birthDate?: string | null;
                        commune?: string | null;
                        email?: string | null;
                        externalId: string;
                        firstContactDate?: string;
                        firstName: string;
                        /** @enum {string} */
                        gender?: "F" | "M" | "X" | "unspecified";
                        languages?: string[];
                        lastName: string;
                        niss?: string | null;
                        notes?: string | null;
                        phone?: string | null;
                        postalCode?: string | null;
                        /** @enum {string} */
                        professionalStatus?: "job_seeker_actiris" | "cpas_beneficiary" | "employed" | "student" | "no_status" | "other";
                        /** @enum {string} */
                        studyLevel?: "none_primary" | "lower_secondary" | "upper_secondary" | "higher_non_university" | "university" | "foreign_not_recognised" | "unknown";
                    }[];
                    source: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BulkPersonResult"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservatoryDashboard"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryManualFigures: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ObservatoryManualFigure"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putObservatoryManualFigures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    activityKey: string;
                    label: string;
                    labelEn?: string | null;
                    labelNl?: string | null;
                    source: string;
                    /** @enum {string} */
                    unit: "head_count" | "external" | "participations" | "distinct_people";
                    value: number;
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservatoryManualFigure"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteObservatoryManualFiguresById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryOpenData: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows, as JSON or as a csv described by the Table Schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenData"];
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryOpenDataDcat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "@context": {
                            [key: string]: unknown;
                        };
                        "@graph": ({
                            "@id": string;
                            "@type": string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryOpenDataSchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fields: ({
                            name: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryPeopleReached: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservatoryPeopleReached"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryPeopleReachedExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, csv. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryPeopleReachedLinesByKeyPeople: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                year?: number;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            erased: boolean;
                            firstName: string;
                            id: number;
                            lastName: string;
                        }[];
                        key: string;
                        total: number;
                        year: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryReport: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservatoryReport"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryReportExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, csv. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatoryReportTexts: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        texts: {
                            [key: string]: components["schemas"]["TextVersions"];
                        };
                        textSections: string[];
                        year: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putObservatoryReportTextsBySection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    locale: "fr" | "nl" | "en";
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        section: string;
                        versions: components["schemas"]["TextVersions"];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservatorySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservatorySettings"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putObservatorySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactEmail: string | null;
                    /** @enum {string} */
                    licence: "CC-BY-4.0" | "CC-BY-SA-4.0" | "CC0-1.0" | "ODbL-1.0";
                    publisher: {
                        en: string;
                        fr: string;
                        nl: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservatorySettings"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffers: {
        parameters: {
            query?: {
                eventId?: number;
                limit?: number;
                offset?: number;
                organisationId?: number;
                q?: string;
                source?: "fair" | "partner" | "staff";
                status?: "draft" | "published" | "filled" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offers"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOffers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    commune?: string | null;
                    /** @enum {string} */
                    contractType: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
                    descriptionEn?: string | null;
                    descriptionFr?: string | null;
                    descriptionNl?: string | null;
                    eventId?: number | null;
                    hoursPerWeek?: number | null;
                    /** @default [] */
                    languages?: string[];
                    organisationId: number;
                    /** @default 1 */
                    positions?: number;
                    /** @default [] */
                    skills?: string[];
                    /**
                     * @default staff
                     * @enum {string}
                     */
                    source?: "fair" | "partner" | "staff";
                    /**
                     * @default draft
                     * @enum {string}
                     */
                    status?: "draft" | "published";
                    titleEn?: string | null;
                    titleFr: string;
                    titleNl: string;
                    validThrough: string;
                    /** @enum {string} */
                    workingTime: "full_time" | "part_time";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOffersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOffersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    commune?: string | null;
                    /** @enum {string} */
                    contractType?: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
                    descriptionEn?: string | null;
                    descriptionFr?: string | null;
                    descriptionNl?: string | null;
                    eventId?: number | null;
                    hoursPerWeek?: number | null;
                    languages?: string[];
                    organisationId?: number;
                    positions?: number;
                    skills?: string[];
                    /** @enum {string} */
                    source?: "fair" | "partner" | "staff";
                    /** @enum {string} */
                    status?: "draft" | "published" | "filled" | "expired";
                    titleEn?: string | null;
                    titleFr?: string;
                    titleNl?: string;
                    validThrough?: string;
                    /** @enum {string} */
                    workingTime?: "full_time" | "part_time";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffersExhibitors: {
        parameters: {
            query?: {
                eventId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersExhibitors"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOffersExhibitors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactEmail?: string | null;
                    contactName?: string | null;
                    contactPhone?: string | null;
                    eventId: number;
                    /** @enum {string} */
                    kind: "employer" | "training" | "support";
                    organisationId: number;
                    stand?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersExhibitor"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOffersExhibitorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOffersExhibitorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactEmail?: string | null;
                    contactName?: string | null;
                    contactPhone?: string | null;
                    cvReceived?: number;
                    hired?: number;
                    interviewsPlanned?: number;
                    /** @enum {string} */
                    kind?: "employer" | "training" | "support";
                    metCount?: number;
                    stand?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersExhibitor"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOffersExhibitorsByIdLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    validUntil?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersExhibitorLink"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOffersExhibitorsByIdLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOffersExhibitorsByIdTally: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cvReceived?: number;
                    hired?: number;
                    interviewsPlanned?: number;
                    met?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersTally"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffersExhibitorsExport: {
        parameters: {
            query: {
                eventId: number;
                format?: "xlsx" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, csv. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffersExport: {
        parameters: {
            query?: {
                eventId?: number;
                format?: "xlsx" | "csv";
                status?: "draft" | "published" | "filled" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, csv. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication, reception. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffersStats: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersStats"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffersStatsExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                from?: string;
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, zip. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/zip": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer, communication. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisations: {
        parameters: {
            query?: {
                all?: "true" | "false";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisations"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    address?: string | null;
                    contactName?: string | null;
                    email?: string | null;
                    isInternalPartner?: boolean;
                    name: string;
                    phone?: string | null;
                    postalCode?: string | null;
                    services?: string | null;
                    /** @enum {string} */
                    type: "public_employment" | "social_welfare" | "training" | "employer" | "association" | "public_service" | "other";
                    website?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrganisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    address?: string | null;
                    contactName?: string | null;
                    email?: string | null;
                    isInternalPartner?: boolean;
                    name?: string;
                    phone?: string | null;
                    postalCode?: string | null;
                    services?: string | null;
                    /** @enum {string} */
                    type?: "public_employment" | "social_welfare" | "training" | "employer" | "association" | "public_service" | "other";
                    website?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutbox: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: ("pending" | "sent" | "failed" | "manual" | "done" | "cancelled")[] | ("pending" | "sent" | "failed" | "manual" | "done" | "cancelled");
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailEnabled: boolean;
                        items: components["schemas"]["OutboxMessage"][];
                        total: number;
                        waiting: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOutboxByIdDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOutboxByIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeople: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleSearch"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    birthDate?: string | null;
                    commune?: string | null;
                    confirmNotDuplicate?: boolean;
                    consents?: ("data_processing" | "contact_by_email" | "contact_by_sms" | "share_with_partners" | "photos")[];
                    email?: (string | null) | "";
                    firstContactDate?: string;
                    firstName: string;
                    /**
                     * @default unspecified
                     * @enum {string}
                     */
                    gender?: "F" | "M" | "X" | "unspecified";
                    /** @default [] */
                    languages?: string[];
                    lastName: string;
                    neighbourhood?: string | null;
                    niss?: string | null;
                    notes?: string | null;
                    phone?: string | null;
                    postalCode?: string | null;
                    /**
                     * @default other
                     * @enum {string}
                     */
                    professionalStatus?: "job_seeker_actiris" | "cpas_beneficiary" | "employed" | "student" | "no_status" | "other";
                    /**
                     * @default unknown
                     * @enum {string}
                     */
                    studyLevel?: "none_primary" | "lower_secondary" | "upper_secondary" | "higher_non_university" | "university" | "foreign_not_recognised" | "unknown";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetail"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    birthDate?: string | null;
                    commune?: string | null;
                    email?: (string | null) | "";
                    firstContactDate?: string;
                    firstName?: string;
                    /** @enum {string} */
                    gender?: "F" | "M" | "X" | "unspecified";
                    languages?: string[];
                    lastName?: string;
                    neighbourhood?: string | null;
                    niss?: string | null;
                    notes?: string | null;
                    phone?: string | null;
                    postalCode?: string | null;
                    /** @enum {string} */
                    professionalStatus?: "job_seeker_actiris" | "cpas_beneficiary" | "employed" | "student" | "no_status" | "other";
                    /** @enum {string} */
                    studyLevel?: "none_primary" | "lower_secondary" | "upper_secondary" | "higher_non_university" | "university" | "foreign_not_recognised" | "unknown";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleByIdAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: (components["schemas"]["Appointment"] | components["schemas"]["AppointmentBusySlot"])[];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleByIdConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    purpose: "data_processing" | "contact_by_email" | "contact_by_sms" | "share_with_partners" | "photos";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonConsent"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleByIdConsentsByConsentIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonConsent"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleByIdErase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {boolean} */
                    confirm: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleByIdExport: {
        parameters: {
            query?: {
                includeConfidential?: "true" | "false";
                locale?: "fr" | "nl" | "en";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GdprExport"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleByIdMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    duplicateId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleByIdNotDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    otherId: number;
                };
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleByIdTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TimelineEntry"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleCommunes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Commune"][];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleDuplicates: {
        parameters: {
            query: {
                birthDate?: string;
                excludeId?: number;
                firstName: string;
                lastName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PersonDuplicate"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, reception, social_worker, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleRetention: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                years?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cutoff: string;
                        items: components["schemas"]["Person"][];
                        total: number;
                        years: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPeopleRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    years: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        years: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleSuspectedDuplicates: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleSuspectedDuplicates"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, reception, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Project"][];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    descriptionFr?: string | null;
                    descriptionNl?: string | null;
                    /** @default [] */
                    funders?: string[];
                    name: string;
                    neighbourhood?: string | null;
                    /** @default [] */
                    objectives?: {
                        activityKey: string;
                        labelFr?: string | null;
                        labelNl?: string | null;
                        target: number;
                    }[];
                    parentId?: number | null;
                    periodEnd: string;
                    periodStart: string;
                    /** @default [] */
                    targetGroups?: ("job_seekers" | "over_50" | "under_30" | "women" | "neet" | "newcomers" | "disabled_people" | "employers")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    descriptionFr?: string | null;
                    descriptionNl?: string | null;
                    /** @default [] */
                    funders?: string[];
                    name: string;
                    neighbourhood?: string | null;
                    /** @default [] */
                    objectives?: {
                        activityKey: string;
                        labelFr?: string | null;
                        labelNl?: string | null;
                        target: number;
                    }[];
                    parentId?: number | null;
                    periodEnd: string;
                    periodStart: string;
                    /** @default [] */
                    targetGroups?: ("job_seekers" | "over_50" | "under_30" | "women" | "neet" | "newcomers" | "disabled_people" | "employers")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProjectsByIdProgress: {
        parameters: {
            query?: {
                at?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectProgress"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicEvaluationsByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingPublicForm"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPublicEvaluationsByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        questionId: number;
                        score: number;
                    }[];
                    comments?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        thanks: true;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEventList"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicEventsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEvent"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPublicEventsByIdRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers?: {
                        [key: string]: string | number | boolean;
                    };
                    /** @enum {boolean} */
                    consent: true;
                    email?: string | null;
                    firstName: string;
                    itemIds?: number[];
                    lastName: string;
                    /** @enum {string} */
                    locale?: "fr" | "nl" | "en";
                    phone?: string | null;
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationReceipt"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicEventsTicketsBySecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTicket"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPublicEventsTicketsBySecretAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTicket"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPublicEventsTicketsBySecretCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTicket"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicEventsTicketsBySecretQrPng: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: png. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicExhibitorsByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersExhibitorSpace"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPublicExhibitorsByTokenOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    commune?: string | null;
                    /** @enum {string} */
                    contractType: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
                    descriptionEn?: string | null;
                    descriptionFr?: string | null;
                    descriptionNl?: string | null;
                    hoursPerWeek?: number | null;
                    /** @default [] */
                    languages?: string[];
                    /** @default 1 */
                    positions?: number;
                    /** @default [] */
                    skills?: string[];
                    /**
                     * @default published
                     * @enum {string}
                     */
                    status?: "draft" | "published";
                    titleEn?: string | null;
                    titleFr: string;
                    titleNl: string;
                    validThrough: string;
                    /** @enum {string} */
                    workingTime: "full_time" | "part_time";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPublicExhibitorsByTokenOffersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    commune?: string | null;
                    /** @enum {string} */
                    contractType?: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
                    descriptionEn?: string | null;
                    descriptionFr?: string | null;
                    descriptionNl?: string | null;
                    hoursPerWeek?: number | null;
                    languages?: string[];
                    positions?: number;
                    skills?: string[];
                    /** @enum {string} */
                    status?: "draft" | "published" | "filled";
                    titleEn?: string | null;
                    titleFr?: string;
                    titleNl?: string;
                    validThrough?: string;
                    /** @enum {string} */
                    workingTime?: "full_time" | "part_time";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPublicExhibitorsByTokenTally: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cvReceived?: number;
                    hired?: number;
                    interviewsPlanned?: number;
                    met?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersTally"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicOffers: {
        parameters: {
            query?: {
                contractType?: "permanent" | "fixed_term" | "temp_agency" | "student" | "internship" | "work_study" | "article_60" | "self_employed" | "other";
                eventId?: number;
                limit?: number;
                offset?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOffers"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicOffersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOffer"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicOffersByIdQrSvg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: svg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicOffersGuideByEventId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffersGuide"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicRooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicRoom"][];
                    };
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicRoomsByIdCalendarIcs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: ics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicRoomsByIdFreeSlots: {
        parameters: {
            query: {
                date: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomFreeSlots"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicRoomsCalendarIcs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: ics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicRoomsOccupation: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomOccupation"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPublicRoomsRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendees: number;
                    /** Format: email */
                    contactEmail: string;
                    contactName: string;
                    contactPhone?: string | null;
                    date: string;
                    endTime: string;
                    layout?: string | null;
                    organisation: string;
                    purpose: string;
                    roomId: number;
                    showPublicly?: boolean;
                    startTime: string;
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomRequestAccepted"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicRoomsRequestsByReference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomRequestStatus"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicRoomsScreen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomScreen"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRooms: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Room"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessNotes?: string | null;
                    active?: boolean;
                    capacity: number;
                    /** @default 0 */
                    dayPriceCents?: number;
                    /** @default [] */
                    equipment?: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
                    /** @default 0 */
                    halfDayPriceCents?: number;
                    name: string;
                    photoUrl?: string | null;
                    siteId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchRoomsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessNotes?: string | null;
                    active?: boolean;
                    capacity?: number;
                    dayPriceCents?: number;
                    equipment?: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
                    halfDayPriceCents?: number;
                    name?: string;
                    photoUrl?: string | null;
                    siteId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsByIdClosures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endsAt?: string;
                    fromDate?: string;
                    reason?: string | null;
                    startsAt?: string;
                    toDate?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomClosure"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsBookings: {
        parameters: {
            query?: {
                from?: string;
                limit?: number;
                offset?: number;
                organisationId?: number;
                roomId?: number;
                seriesId?: number;
                status?: "requested" | "confirmed" | "refused" | "cancelled";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoomBooking"][];
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsBookings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    activity?: {
                        id: number;
                        kind: string;
                    } | null;
                    attendees?: number | null;
                    contactEmail?: string | null;
                    contactName?: string | null;
                    contactPhone?: string | null;
                    date?: string;
                    endsAt?: string;
                    endTime?: string;
                    layout?: string | null;
                    organisationId?: number | null;
                    purpose: string;
                    roomId: number;
                    showPublicly?: boolean | null;
                    startsAt?: string;
                    startTime?: string;
                    /** @enum {string} */
                    status?: "requested" | "confirmed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBooking"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsBookingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBooking"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchRoomsBookingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendees?: number | null;
                    contactEmail?: string | null;
                    contactName?: string | null;
                    contactPhone?: string | null;
                    layout?: string | null;
                    organisationId?: number | null;
                    purpose?: string;
                    showPublicly?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBooking"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsBookingsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBooking"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsBookingsByIdConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBooking"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsBookingsByIdMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date?: string;
                    endsAt?: string;
                    endTime?: string;
                    roomId?: number;
                    startsAt?: string;
                    startTime?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBooking"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsBookingsByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBooking"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsCalendar: {
        parameters: {
            query: {
                days?: number;
                from: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomCalendar"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsClosures: {
        parameters: {
            query?: {
                roomId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoomClosure"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRoomsClosuresById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsFree: {
        parameters: {
            query: {
                capacity?: number;
                endsAt: string;
                equipment?: string;
                startsAt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            capacity: number;
                            equipment: ("projector" | "interactive_screen" | "video_conference" | "pcs")[];
                            id: number;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoomOrganisationSettings"][];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRoomsOrganisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    freeOfCharge?: boolean;
                    showPublicly?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomOrganisationSettings"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    activity?: {
                        id: number;
                        kind: string;
                    } | null;
                    attendees?: number | null;
                    contactEmail?: string | null;
                    contactName?: string | null;
                    contactPhone?: string | null;
                    endTime: string;
                    firstDay: string;
                    layout?: string | null;
                    organisationId?: number | null;
                    purpose: string;
                    roomId: number;
                    rrule: string;
                    showPublicly?: boolean | null;
                    skipConflicts?: boolean;
                    startTime: string;
                    /** @enum {string} */
                    status?: "requested" | "confirmed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bookings: components["schemas"]["RoomBooking"][];
                        series: components["schemas"]["RoomSeries"];
                        skipped: {
                            bookingId?: number;
                            /** Format: date */
                            day: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @enum {string} */
                            reason: "closed" | "taken";
                            /** Format: date-time */
                            startsAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsSeriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bookings: components["schemas"]["RoomBooking"][];
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: number | null;
                        /** @description HH:MM, Europe/Brussels */
                        endTime: string;
                        /** Format: date */
                        firstDay: string;
                        id: number;
                        roomId: number;
                        rrule: string;
                        /** @description HH:MM, Europe/Brussels */
                        startTime: string;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsSeriesByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelled: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRoomsSeriesByIdConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmed: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsStatements: {
        parameters: {
            query: {
                month: string;
                organisationId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomStatement"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsStatementsExport: {
        parameters: {
            query: {
                format?: "xlsx" | "csv";
                month: string;
                organisationId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, csv. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsStats: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomStats"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoomsStatsExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, zip. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/zip": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, logistics, director. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needsSetup: boolean;
                    };
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    locale?: "fr" | "nl" | "en";
                    name: string;
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSites: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sites"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    address?: string | null;
                    /** @enum {string} */
                    kind: "main" | "desk" | "antenna";
                    name: string;
                    /** @default [] */
                    openingHours?: {
                        from: string;
                        to: string;
                        weekday: number;
                    }[];
                    postalCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSitesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSitesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    address?: string | null;
                    /** @enum {string} */
                    kind?: "main" | "desk" | "antenna";
                    name?: string;
                    /** @default [] */
                    openingHours?: {
                        from: string;
                        to: string;
                        weekday: number;
                    }[];
                    postalCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSocialdeskCategories: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SocialdeskCategory"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSocialdeskCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    labelEn: string;
                    labelFr: string;
                    labelNl: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskCategory"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSocialdeskCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    labelEn?: string;
                    labelFr?: string;
                    labelNl?: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskCategory"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSocialdeskFollowupsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    closingNote?: string | null;
                    endDate?: string | null;
                    startDate?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskFollowup"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSocialdeskInterviews: {
        parameters: {
            query?: {
                category?: string;
                from?: string;
                limit?: number;
                offset?: number;
                personId?: number;
                siteId?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SocialdeskInterview"][];
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSocialdeskInterviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actions?: string | null;
                    categories: string[];
                    date: string;
                    /** @enum {string} */
                    kind: "appointment" | "drop_in" | "phone";
                    nextStep?: string | null;
                    nextStepDate?: string | null;
                    personId: number;
                    /** @default [] */
                    referrals?: {
                        note?: string | null;
                        organisationId: number;
                    }[];
                    siteId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskInterview"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSocialdeskInterviewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskInterview"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSocialdeskInterviewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSocialdeskInterviewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actions?: string | null;
                    categories?: string[];
                    date?: string;
                    /** @enum {string} */
                    kind?: "appointment" | "drop_in" | "phone";
                    nextStep?: string | null;
                    nextStepDate?: string | null;
                    referrals?: {
                        note?: string | null;
                        organisationId: number;
                    }[];
                    siteId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskInterview"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSocialdeskInterviewsByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SocialdeskNote"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSocialdeskInterviewsByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskNote"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSocialdeskNotesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskNote"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSocialdeskPeopleByIdFollowups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskFollowups"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSocialdeskPeopleByIdFollowups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    startDate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskFollowup"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSocialdeskStats: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskStats"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only director, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSocialdeskStatsDrill: {
        parameters: {
            query: {
                key: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialdeskDrill"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only director, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSocialdeskStatsExport: {
        parameters: {
            query: {
                format?: "xlsx" | "csv";
                key?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: xlsx, csv. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only director, social_worker. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingsParticipantsByIdCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCertificate"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putTrainingsParticipantsByIdOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date?: string | null;
                    note?: string | null;
                    /** @enum {string} */
                    outcome: "unknown" | "entered_training" | "found_job" | "still_looking";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingParticipant"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsParticipantsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enrolledAt: string | null;
                        id: number;
                        jobTitle: string | null;
                        organisationId: number | null;
                        /** @enum {string} */
                        outcome: "unknown" | "entered_training" | "found_job" | "still_looking";
                        outcomeDate: string | null;
                        outcomeNote: string | null;
                        personId: number | null;
                        professionalName: string | null;
                        promoted: number[];
                        sessionId: number;
                        /** @enum {string} */
                        status: "enrolled" | "waiting" | "withdrawn";
                        waitingSince: string | null;
                        withdrawnAt: string | null;
                        withdrawReason: string | null;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingsProgrammes: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TrainingProgramme"][];
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    funder?: string | null;
                    name: string;
                    /** @default [] */
                    partnerIds?: number[];
                    /** @default [] */
                    questions?: string[];
                    targetPublic?: string | null;
                    /** @default [] */
                    trainerIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgrammeDetail"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingsProgrammesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgrammeDetail"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchTrainingsProgrammesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    description?: string | null;
                    funder?: string | null;
                    name?: string;
                    partnerIds?: number[];
                    targetPublic?: string | null;
                    trainerIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgrammeDetail"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingsProgrammesByIdOutcomes: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingOutcomes"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsProgrammesByIdQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    position?: number;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingQuestion"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchTrainingsProgrammesByIdQuestionsByQuestionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                questionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    position?: number;
                    text?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingQuestion"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsProgrammesByIdSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity: number;
                    days: {
                        date: string;
                        from: string;
                        to: string;
                    }[];
                    room?: string | null;
                    title?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingsSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchTrainingsSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number;
                    days?: {
                        date: string;
                        from: string;
                        to: string;
                    }[];
                    room?: string | null;
                    title?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putTrainingsSessionsByIdAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date: string;
                    entries: {
                        participantId: number;
                        present: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        present: number;
                        recorded: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsSessionsByIdEvaluationClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        open: false;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsSessionsByIdEvaluationOpen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEvaluationLink"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingsSessionsByIdEvaluationQrSvg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file: svg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingsSessionsByIdEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEvaluationResults"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsSessionsByIdEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        questionId: number;
                        score: number;
                    }[];
                    comments?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    };
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsSessionsByIdParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jobTitle?: string;
                    organisationId?: number;
                    personId?: number;
                    professionalName?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingParticipant"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTrainingsSessionsByIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                    /** @enum {string} */
                    status: "planned" | "running" | "done" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrainingsStatsByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingStats"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin, director, trainer, project_officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                    };
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    locale?: "fr" | "nl" | "en";
                    mustChangePassword?: boolean;
                    name: string;
                    password: string;
                    roles: ("admin" | "director" | "reception" | "social_worker" | "trainer" | "project_officer" | "communication" | "logistics")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /** Format: email */
                    email?: string;
                    /** @enum {string} */
                    locale?: "fr" | "nl" | "en";
                    name?: string;
                    roles?: ("admin" | "director" | "reception" | "social_worker" | "trainer" | "project_officer" | "communication" | "logistics")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByIdPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (each field says why). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not logged in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: only admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (a duplicate, a booking taken, a record in use). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

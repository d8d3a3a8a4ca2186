import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download, noContent } from '../../platform/http/contract';
import { AppError } from '../../platform/http/errors';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { brusselsDay } from '../../platform/brussels-time';
import { systemActor } from '../../platform/audit/audit.service';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createEquipmentService, type EquipmentService, type PresentedAsset } from './equipment.service';
import {
  assetBody,
  assetDetail,
  assetPatch,
  assetSchema,
  assetsAnswer,
  assetsQuery,
  backupBody,
  backupSchema,
  idAndInterventionParams,
  idAndTaskParams,
  interventionBody,
  interventionSchema,
  inventoryExportQuery,
  loanBody,
  loanSchema,
  loansAnswer,
  loansQuery,
  overviewAnswer,
  returnBody,
  staffAnswer,
  taskBody,
  taskPatch,
  taskSchema,
  tokenAnswer,
} from './equipment.schemas';
import { equipmentPermissions as can } from './equipment.permissions';
import { equipmentMessages } from './equipment.messages';
import { loadEquipmentDemo } from './equipment.demo';
import { registerEquipmentReport } from './equipment.report';
import { registerEquipmentGdpr } from './equipment.gdpr';

declare module '../../platform/module' {
  interface Services {
    equipment: EquipmentService;
  }
}

addMessages(equipmentMessages);

export const equipmentModule: RelaisModule = {
  name: 'equipment',
  demo: loadEquipmentDemo,
  async register(app, ctx) {
    const service = createEquipmentService(ctx);
    ctx.services.equipment = service;
    registerEquipmentReport(ctx, service);
    registerEquipmentGdpr(ctx);
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    // Every PC of the EPN room is an asset of the register, one record each (those of before: migration 0029).
    ctx.services.epn.onWorkstationChange((change, tx) => service.followWorkstation(change, tx));

    const r = typed(app);
    const tags = ['equipment'];

    r.get(
      '/api/equipment/assets',
      { config: { access: can.read }, schema: { tags, summary: 'Lists the register (retired equipment left out unless asked), filtered by words, kind, status, owner or site.', querystring: assetsQuery, response: { 200: assetsAnswer } } },
      async (request) => service.listAssets(request.query),
    );
    r.post(
      '/api/equipment/assets',
      { config: { access: can.manage }, schema: { tags, summary: 'Registers a piece of equipment (its inventory number is given or made).', body: assetBody, response: { 201: assetSchema } } },
      async (request, reply) => reply.code(201).send(await service.createAsset(request.actor, request.body)),
    );
    r.get(
      '/api/equipment/assets/:id',
      { config: { access: can.read }, schema: { tags, summary: "An asset's page: the asset, its interventions, recurring tasks, backups and loans.", params: idParam, response: { 200: assetDetail } } },
      async (request) => service.assetDetail(request.params.id),
    );
    r.patch(
      '/api/equipment/assets/:id',
      { config: { access: can.manage }, schema: { tags, summary: 'Corrects an asset, moves it, or changes its status (an EPN PC shows out of order on the board unless in use).', params: idParam, body: assetPatch, response: { 200: assetSchema } } },
      async (request) => service.updateAsset(request.actor, request.params.id, request.body),
    );
    r.get(
      '/api/equipment/assets/export',
      {
        config: { access: can.read },
        schema: { tags, summary: 'The inventory for the auditors, as a spreadsheet (xlsx) or csv, with the same filters as the list.', querystring: inventoryExportQuery, response: { 200: download('xlsx', 'csv') } },
      },
      async (request, reply) => {
        const { format, ...q } = request.query;
        const { items } = await service.listAssets(q);
        const L = request.locale;
        const institution = (await ctx.institution.get()).shortName[L];
        const t = (key: string) => translate(L, key, { institution });
        const columns: ExportColumn<PresentedAsset>[] = [
          { header: t('equipment.export.tag'), value: (a) => a.tag, width: 12 },
          { header: t('equipment.export.kind'), value: (a) => a.kind, kind: 'code', label: (c) => t(`equipment.kind.${c}`), width: 16 },
          { header: t('equipment.export.name'), value: (a) => a.name, width: 28 },
          { header: t('equipment.export.owner'), value: (a) => a.ownerOrganisation?.name ?? t(`equipment.owner.${a.owner}`), width: 24 },
          { header: t('equipment.export.location'), value: (a) => [a.site?.name, a.room?.name].filter(Boolean).join(' – ') || null, width: 28 },
          { header: t('equipment.export.holder'), value: (a) => a.holder?.name ?? null, width: 20 },
          { header: t('equipment.export.brand'), value: (a) => a.brand },
          { header: t('equipment.export.model'), value: (a) => a.model, width: 20 },
          { header: t('equipment.export.serial'), value: (a) => a.serialNumber, width: 20 },
          { header: t('equipment.export.os'), value: (a) => a.operatingSystem, width: 16 },
          { header: t('equipment.export.purchase_date'), value: (a) => a.purchaseDate, kind: 'date' },
          { header: t('equipment.export.price'), value: (a) => a.purchasePrice, kind: 'currency' },
          { header: t('equipment.export.warranty_end'), value: (a) => a.warrantyEnd, kind: 'date' },
          { header: t('equipment.export.status'), value: (a) => a.status, kind: 'code', label: (c) => t(`equipment.status.${c}`) },
          { header: t('equipment.export.last_backup'), value: (a) => (a.lastBackupAt ? new Date(a.lastBackupAt) : null), kind: 'datetime' },
          { header: t('equipment.export.epn'), value: (a) => a.epnWorkstation?.name ?? null },
        ];
        return sendExport(reply, format, translate(L, 'equipment.export.file', { day: brusselsDay(ctx.clock.now()) }), [
          { name: t('equipment.export.sheet'), columns, rows: items },
        ] as never);
      },
    );
    r.post(
      '/api/equipment/assets/:id/backup-token',
      { config: { access: can.manage }, schema: { tags, summary: "Makes a new token for the machine's backup script (shown once; the previous one stops working).", params: idParam, response: { 201: tokenAnswer } } },
      async (request, reply) => reply.code(201).send(await service.issueBackupToken(request.actor, request.params.id)),
    );
    r.get(
      '/api/equipment/staff',
      { config: { access: can.read }, schema: { tags, summary: 'The staff members equipment can be handed to (names only).', response: { 200: staffAnswer } } },
      async () => service.staff(),
    );
    r.get(
      '/api/equipment/overview',
      { config: { access: can.read }, schema: { tags, summary: "The IT trainer's home: tasks due within a week, overdue backups, equipment out, warranties ending, machines past their age.", response: { 200: overviewAnswer } } },
      async () => service.overview(),
    );

    // --- maintenance ---
    r.post(
      '/api/equipment/assets/:id/interventions',
      { config: { access: can.manage }, schema: { tags, summary: 'Records an incident or an intervention (one doing a recurring task makes it due again).', params: idParam, body: interventionBody, response: { 201: interventionSchema } } },
      async (request, reply) => reply.code(201).send(await service.addIntervention(request.actor, request.params.id, request.body)),
    );
    r.delete(
      '/api/equipment/assets/:id/interventions/:interventionId',
      { config: { access: can.manage }, schema: { tags, summary: 'Deletes an intervention recorded by mistake.', params: idAndInterventionParams, response: { 204: noContent } } },
      async (request, reply) => {
        await service.deleteIntervention(request.actor, request.params.id, request.params.interventionId);
        return reply.code(204).send();
      },
    );
    r.post(
      '/api/equipment/assets/:id/tasks',
      { config: { access: can.manage }, schema: { tags, summary: 'Adds a recurring task (updates, cleaning) with its next due day.', params: idParam, body: taskBody, response: { 201: taskSchema } } },
      async (request, reply) => reply.code(201).send(await service.addTask(request.actor, request.params.id, request.body)),
    );
    r.patch(
      '/api/equipment/assets/:id/tasks/:taskId',
      { config: { access: can.manage }, schema: { tags, summary: 'Changes a recurring task, its next due day, or stops it.', params: idAndTaskParams, body: taskPatch, response: { 200: taskSchema } } },
      async (request) => service.updateTask(request.actor, request.params.id, request.params.taskId, request.body),
    );
    r.get(
      '/api/equipment/tasks',
      { config: { access: can.read }, schema: { tags, summary: 'Every active recurring task, soonest due first.', response: { 200: z.object({ items: z.array(taskSchema) }) } } },
      async () => ({ items: await service.tasksDue() }),
    );

    // --- backups ---
    r.post(
      '/api/equipment/assets/:id/backups',
      { config: { access: can.manage }, schema: { tags, summary: 'Records a backup checked by hand.', params: idParam, body: backupBody, response: { 201: backupSchema } } },
      async (request, reply) => reply.code(201).send(await service.recordBackup(request.actor, request.params.id, request.body, 'manual')),
    );
    r.post(
      '/api/equipment/backups/report',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: "A machine's backup script reports a backup, with the machine's token as `Authorization: Bearer <token>`.",
          body: backupBody,
          response: { 201: backupSchema },
        },
      },
      async (request, reply) => {
        // A public route never answers 401/403 (access.test.ts): no token is bad input, an unknown one is not found.
        const token = /^Bearer ([A-Za-z0-9_-]{10,100})$/.exec(request.headers.authorization ?? '')?.[1];
        if (!token) throw new AppError(400, 'error.equipment.backup_token');
        const asset = await service.assetOfToken(token);
        if (!asset) throw new AppError(404, 'error.equipment.backup_token');
        return reply.code(201).send(await service.recordBackup(systemActor(`backup script ${asset.tag}`), asset, request.body, 'script'));
      },
    );

    // --- loans ---
    r.get(
      '/api/equipment/loans',
      { config: { access: can.read }, schema: { tags, summary: "Loans, latest first: what is still out, or what an event or an asset borrowed.", querystring: loansQuery, response: { 200: loansAnswer } } },
      async (request) => service.listLoans(request.query),
    );
    r.post(
      '/api/equipment/loans',
      { config: { access: can.manage }, schema: { tags, summary: 'Lends one or several assets to an event, a partner or a person (all of them or none).', body: loanBody, response: { 201: loansAnswer } } },
      async (request, reply) => reply.code(201).send(await service.lend(request.actor, request.body)),
    );
    r.post(
      '/api/equipment/loans/:id/return',
      { config: { access: can.manage }, schema: { tags, summary: 'Takes a loan back, with its state (damaged: the asset goes in repair and an incident is recorded).', params: idParam, body: returnBody, response: { 200: loanSchema } } },
      async (request) => service.giveBack(request.actor, request.params.id, request.body),
    );
  },
};

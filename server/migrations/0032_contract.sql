-- Every PC of the EPN room is an asset of the register, one record each: the workstations created before the
-- register followed them (equipment.assets.ts followWorkstation) are taken in here, tagged IT-<id> like the others.
INSERT INTO "equipment_assets" ("tag", "kind", "name", "epn_workstation_id", "status", "notes")
SELECT 'epn-tmp-' || w."id", 'desktop', w."name", w."id",
       CASE WHEN NOT w."active" THEN 'retired' WHEN w."state" = 'out_of_order' THEN 'in_repair' ELSE 'in_use' END,
       w."state_note"
FROM "epn_workstations" w
WHERE NOT EXISTS (SELECT 1 FROM "equipment_assets" a WHERE a."epn_workstation_id" = w."id")
ORDER BY w."position", w."id";
--> statement-breakpoint
UPDATE "equipment_assets" SET "tag" = 'IT-' || lpad("id"::text, 5, '0') WHERE "tag" LIKE 'epn-tmp-%';

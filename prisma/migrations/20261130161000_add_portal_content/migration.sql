
-- CreateEnum
CREATE TYPE "EmergencyLevel" AS ENUM ('WASPADA', 'SIAGA', 'AWAS');

-- CreateEnum
CREATE TYPE "PortalStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "emergency_banners" (
    "id" UUID NOT NULL,
    "level" "EmergencyLevel" NOT NULL,
    "message" VARCHAR(280) NOT NULL,
    "link_url" VARCHAR(500),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "cleared_at" TIMESTAMPTZ(3),
    "raised_by_id" UUID,
    "cleared_by_id" UUID,
    "expiry_applied_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "emergency_banners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "announcements" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(160) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" JSONB NOT NULL,
    "body_text" TEXT NOT NULL DEFAULT '',
    "attachment_key" VARCHAR(200),
    "attachment_name" VARCHAR(200),
    "attachment_bytes" INTEGER,
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "status" "PortalStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "author_id" UUID NOT NULL,
    "published_by_id" UUID,
    "expiry_applied_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "announcements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_events" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(160) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "place" VARCHAR(200) NOT NULL,
    "organiser" VARCHAR(200) NOT NULL,
    "description" VARCHAR(5000) NOT NULL DEFAULT '',
    "status" "PortalStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "author_id" UUID NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agenda_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "emergency_banners_cleared_at_expires_at_idx" ON "emergency_banners"("cleared_at", "expires_at");

-- CreateIndex
CREATE INDEX "emergency_banners_expiry_applied_at_expires_at_idx" ON "emergency_banners"("expiry_applied_at", "expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "announcements_slug_key" ON "announcements"("slug");

-- CreateIndex
CREATE INDEX "announcements_status_valid_until_idx" ON "announcements"("status", "valid_until");

-- CreateIndex
CREATE INDEX "announcements_status_published_at_idx" ON "announcements"("status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "announcements_author_id_idx" ON "announcements"("author_id");

-- CreateIndex
CREATE INDEX "announcements_updated_at_idx" ON "announcements"("updated_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "agenda_events_slug_key" ON "agenda_events"("slug");

-- CreateIndex
CREATE INDEX "agenda_events_status_starts_at_idx" ON "agenda_events"("status", "starts_at");

-- CreateIndex
CREATE INDEX "agenda_events_author_id_idx" ON "agenda_events"("author_id");

-- CreateIndex
CREATE INDEX "agenda_events_updated_at_idx" ON "agenda_events"("updated_at" DESC);

-- Staff references: foreign keys written by hand, as the Prisma schema keeps no
-- back-relation on users for these tables (see the schema's comment on this block).
ALTER TABLE "emergency_banners" ADD CONSTRAINT "emergency_banners_raised_by_id_fkey" FOREIGN KEY ("raised_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "emergency_banners" ADD CONSTRAINT "emergency_banners_cleared_by_id_fkey" FOREIGN KEY ("cleared_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "agenda_events" ADD CONSTRAINT "agenda_events_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

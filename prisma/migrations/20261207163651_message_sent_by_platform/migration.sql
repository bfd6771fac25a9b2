-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "sent_by_platform" BOOLEAN NOT NULL DEFAULT false;

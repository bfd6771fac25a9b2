-- AlterTable
ALTER TABLE "conversations" ADD COLUMN     "reply_failed_at" TIMESTAMP(3);

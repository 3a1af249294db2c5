-- AlterTable
ALTER TABLE "applicants" ALTER COLUMN "curp_ciphertext" DROP NOT NULL,
ALTER COLUMN "curp_hash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "invites" ADD COLUMN     "belvo_link_id" TEXT,
ADD COLUMN     "consent_at" TIMESTAMPTZ(3);

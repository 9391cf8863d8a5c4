-- A sale reported in another currency keeps what was reported: the amount as written ("€5.5 billion")
-- and its ISO 4217 code, beside the value in US dollars.

-- AlterTable
ALTER TABLE "ArmsSale" ADD COLUMN     "currency" VARCHAR(3),
ADD COLUMN     "valueOriginal" DECIMAL(24,2);

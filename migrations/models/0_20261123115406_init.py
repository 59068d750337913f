"""The first schema: analysis keys, sealed submissions and their derived facts.

aerich writes SQL for one dialect; each migration here carries the SQL aerich generated for
SQLite and for PostgreSQL, and runs the one matching the connection.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "analysis_keys" (
    "kid" VARCHAR(32) NOT NULL PRIMARY KEY,
    "public_key" BLOB NOT NULL,
    "created_on" DATE NOT NULL,
    "current" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "submissions" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "kid" VARCHAR(32) NOT NULL,
    "ciphertext" BLOB,
    "received_on" DATE NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
ANALYSED: analysed
FAILED: failed */,
    "attempts" SMALLINT NOT NULL,
    "failure" VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS "idx_submissions_status_c94515" ON "submissions" ("status");
CREATE TABLE IF NOT EXISTS "submission_facts" (
    "locale" VARCHAR(16) NOT NULL,
    "service" VARCHAR(32),
    "organisation" VARCHAR(120),
    "borough" VARCHAR(32),
    "month" VARCHAR(7),
    "answers" JSON NOT NULL,
    "submission_id" CHAR(36) NOT NULL PRIMARY KEY REFERENCES "submissions" ("id") ON DELETE CASCADE
) /* What analysis keeps: structured answers only; the free text itself is dropped. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "analysis_keys" (
    "kid" VARCHAR(32) NOT NULL PRIMARY KEY,
    "public_key" BYTEA NOT NULL,
    "created_on" DATE NOT NULL,
    "current" BOOL NOT NULL
);
CREATE TABLE IF NOT EXISTS "submissions" (
    "id" UUID NOT NULL PRIMARY KEY,
    "kid" VARCHAR(32) NOT NULL,
    "ciphertext" BYTEA,
    "received_on" DATE NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "failure" VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS "idx_submissions_status_c94515" ON "submissions" ("status");
COMMENT ON COLUMN "submissions"."status" IS 'PENDING: pending
ANALYSED: analysed
FAILED: failed';
CREATE TABLE IF NOT EXISTS "submission_facts" (
    "locale" VARCHAR(16) NOT NULL,
    "service" VARCHAR(32),
    "organisation" VARCHAR(120),
    "borough" VARCHAR(32),
    "month" VARCHAR(7),
    "answers" JSONB NOT NULL,
    "submission_id" UUID NOT NULL PRIMARY KEY REFERENCES "submissions" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "submission_facts" IS 'What analysis keeps: structured answers only; the free text itself is dropped.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "submission_facts";
        DROP TABLE IF EXISTS "submissions";
        DROP TABLE IF EXISTS "analysis_keys";"""


MODELS_STATE = 'eJzlWltv4kYU/iuWn7JSGwFhySpdVTKBbGkJVIFsG+2urME+wIjx2DszToK2+e+dMQZfGFOchJDQFwTnMpfvHJ8b/mF6vguEH1sUkTnH/A+Ym2fGD5MiD+QXHfsnw0RBkDAVQaARieRRLGjPYB5x0IgLhhwhmWNEOEiSC9xhOBDYp5JKQ0IU0XekIKaThBRS/D0EW/gTEFNgkvHlmyRj6sI98OXPYGaPMRA3c+wZdtXmEcMW8yAink8Ru4hE1X4j2/FJ6NGUeDAXU5+u5OV5FHUCFBgS4KauoE4YX3lJWpxWEgQLYXVMNyG4MEYhEakrj+yEZtp2rz+0B+2hbZslQHJ8qgDGVPAIAQ/d2wToREzlz5Paw2KfBIiFlNrws3V1/pt1dXRSe6c29KWVFjbsxZxaxHqIlkACLRaJcE+ADsIRwY6y9jreTUwRm+sRz+rlgB/NBfDHQL8kJNgnPvcC4G8Au9ntN9XKHuffSYx+s9Ozrm6OLq2/IwN485jV7fc+LeUDn4sJixYymzfDthXZI8HfYaDwseVB1/BvSY4e/axWDn1paxDYg2P15bCs0LKG7TyAIWNAhcZ7fZ8AogUAJlp535VquwJtRXlh3+33uxnfbXaGuYhxfdlsXx1VIz+WQlhE5E5vKNFWQXo8S0UPRRghZ3aHmGuvcfyaXyS7zvJqXp4iM9Akwk/dU90qTmEXMglxXW5bMDZmNR6OPMy5hNQer6T/K7GZf02RMJYJ0ZgBBPzMkEqhI0IGrmTxO2Dc8CmZ/2LIFGeMGYAh4F4YWHAgY0PqucwPAnCPzZwZd7D8ExJuCiFd6r2+7rT0T9KaYu55CkPsHiv1N5eKNzxRi7zbeJeP8NE9Nydc4juIQJniJtF4nvpmz+E9W+FUG1tUONVGYYWjWNmEwIHdYqcUwimVR0Ece+XrRPi5asgEYZ9NEMUcRecqAXNe7/CwrtYq27hzrVLsz4qXhXvkMz+cTMsgnVI5PJCf36E9n4pS+K4UDg/d0y3APS3E9jQPbVzErIP7+6Df04ObUsl3NtgRxj8GwVzsKvGZH8chdRSExijERGDKj9W2v5ovX2UoiDJ1+xLnVcuZMsG5puFUCzSfWsHrasR1c/YpDH35EZm0I2+IqDahxjX7ILPUWywLE2qyP0N3q9J6vTCWX+TdYdFanVuDc6slm9nna5BSmGq6pCzi27RKux//fZEBE4mQm98K+5Jyzcg+OpBUxIh2Uh/1fYSLJzQl+xy3vqrs9/y1hYMD6fyqaS83YM3qPXLA+soqjT3MVxk4gG9LD1hzav/rCWsco7XxoU1Dby3lZ3vrlfbLhQszAOoqAMrhZ/7Z7rU6vU9nRqz/lVo9q3szaLfO4kEduF/phdXpKsoYYQJufqy3n6EHEgK8QGisNPAQIR0qCmrtlF7OPpjurMiu7CqWT9QJfj6pnTY+SG50QPVjU08zuLS63cWgOw2oMm7ISk2RUiqH1xY26lu4bKNe6LKKtbu/EtJ2c3RPQTPWW7YpV0CKxlD5fxXeltWKupOHks2EBQw7U1P3KsGCs7GJQInMXl4f0JWzhTFQW8xqol9s6VfbmMbRr1atn9Y/nDTqqxC4omyKg8sQWNwk3ALT9/7FITGlcoDNQu39+y2CopQqjIoRL5fJ5UNVAuFY/ADRrVa2mqVXNszSK2uzdLmj0L4tUDyOTKm8/DhyP03A6xg8PnUy9vAvtzWXyw=='

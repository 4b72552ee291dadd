//! Authenticator secrets are sealed at rest (`v1:` + base64url of nonce, ciphertext and tag:
//! 67 characters for a 160-bit secret): the column grows to hold them. SQLite does not
//! enforce lengths; PostgreSQL's column is widened. The secrets themselves are sealed by the
//! node at start-up (it holds the key; a migration does not).

use sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        manager
            .alter_table(
                Table::alter().table("totp_credential").modify_column(string_len("secret", 128)).to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        manager
            .alter_table(
                Table::alter().table("totp_credential").modify_column(string_len("secret", 64)).to_owned(),
            )
            .await
    }
}

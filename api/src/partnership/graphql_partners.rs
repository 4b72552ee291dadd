//! GraphQL of partner organisations and their members' accounts: thin resolvers over
//! [`super::partners`].

use async_graphql::{Context, ID, Object, Result};

use super::{
    partners,
    types::{PartnerAccount, PartnerAccountInput, PartnerOrganisation, PartnerOrganisationInput},
};
use crate::{
    identity::{PasswordResetCode, User, request},
    ids::{OrganisationId, ParseId},
    parts,
};

#[derive(Default)]
pub struct PartnerQuery;

#[Object]
impl PartnerQuery {
    /// The partner organisations of a département (staff and admins).
    async fn partner_organisations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A département's INSEE code (e.g. \"90\").")] departement: String,
    ) -> Result<Vec<PartnerOrganisation>> {
        let rows = partners::list(parts::db(ctx), &request(ctx).viewer, &departement).await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    /// The accounts of a partner organisation's members, disabled ones included, by name
    /// (admins reaching its département, its référents and its brigades' commanders).
    async fn partner_accounts(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The organisation's id.")] organisation_id: ID,
    ) -> Result<Vec<User>> {
        let organisation = OrganisationId::parse(&organisation_id, "organisationId")?;
        let rows = partners::accounts(parts::db(ctx), &request(ctx).viewer, organisation).await?;
        Ok(rows.into_iter().map(User).collect())
    }
}

#[derive(Default)]
pub struct PartnerMutation;

#[Object]
impl PartnerMutation {
    /// Creates or renames a partner organisation (admins, and référents of its département).
    async fn save_partner_organisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: PartnerOrganisationInput,
    ) -> Result<PartnerOrganisation> {
        let organisation = partners::OrganisationInput {
            id: input.id.map(|id| OrganisationId::parse(&id, "id")).transpose()?,
            name: input.name,
            kind: input.kind.into(),
            department: input.departement,
        };
        Ok(partners::save(parts::db(ctx), &request(ctx).viewer, organisation).await?.into())
    }

    /// Creates a partner's account; its owner chooses a password with the one-time code.
    async fn create_partner_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: PartnerAccountInput,
    ) -> Result<PartnerAccount> {
        let new = partners::NewPartner {
            email: input.email,
            display_name: input.display_name,
            phone: input.phone,
            organisation: OrganisationId::parse(&input.organisation_id, "organisationId")?,
        };
        let caller = request(ctx);
        let (user, code, expires_at) =
            partners::create_member(parts::db(ctx), &caller.viewer, caller.client_ip, new).await?;
        Ok(PartnerAccount { user: User(user), reset_code: PasswordResetCode { code, expires_at } })
    }
}

//! Who may do what: one function per operation, used by the service layer. Reads that are
//! denied behave as if the object did not exist.

use entity::enums::{EnrolmentStatus, Role};

use super::viewer::{Principal, Reach, Viewer};
use crate::{
    error::{AppError, AppResult},
    ids::{BrigadeId, UserId},
};

/// `me`: any signed-in user.
pub fn me(viewer: &Viewer) -> AppResult<&Principal> {
    viewer.signed_in()
}

/// `deleteMyAccount`: any signed-in account, for itself (a desk account that must enrol a
/// second factor first, too: closing is not reading).
pub fn close_own_account(viewer: &Viewer) -> AppResult<&Principal> {
    viewer.signed_in()
}

/// `exportMyData`: any signed-in account, its own data.
pub fn export_own_data(viewer: &Viewer) -> AppResult<&Principal> {
    viewer.signed_in()
}

/// Whether `principal` manages enrolments (and residents) of `commune`: its coordinators
/// and admins.
pub fn manages_commune(principal: &Principal, commune: &str) -> bool {
    match principal.role {
        Role::Admin => principal.reach.covers_commune(commune),
        Role::Coordinator => principal.coordinated.iter().any(|code| code == commune),
        Role::Resident | Role::BrigadeStaff | Role::Partner => false,
    }
}

/// `problemCases`: those who can be members of partnership groups (staff, coordinators,
/// partners).
pub fn partnership_member(viewer: &Viewer) -> AppResult<&Principal> {
    let principal = viewer.principal()?;
    match principal.role {
        Role::BrigadeStaff | Role::Coordinator | Role::Partner => Ok(principal),
        Role::Resident | Role::Admin => Err(AppError::Forbidden),
    }
}

/// `Commune.referent`: the commune's coordinators, brigade staff and admins in reach.
pub fn see_referent(viewer: &Viewer, commune: &str) -> bool {
    viewer.principal().is_ok_and(|principal| match principal.role {
        Role::BrigadeStaff => true,
        Role::Admin | Role::Coordinator => manages_commune(principal, commune),
        Role::Resident | Role::Partner => false,
    })
}

/// `enrolmentRequests(communeCode)`: the commune's coordinators and admins.
pub fn list_enrolments<'v>(viewer: &'v Viewer, commune: &str) -> AppResult<&'v Principal> {
    let principal = viewer.principal()?;
    if manages_commune(principal, commune) { Ok(principal) } else { Err(AppError::Forbidden) }
}

/// `communeActivity(communeCode)` and its reports: the commune's coordinators and admins.
pub fn commune_activity<'v>(viewer: &'v Viewer, commune: &str) -> AppResult<&'v Principal> {
    let principal = viewer.principal()?;
    if manages_commune(principal, commune) { Ok(principal) } else { Err(AppError::Forbidden) }
}

/// `communeBilan`: the commune's coordinators and admins in reach, and the staff of a
/// brigade that covers it (`brigades`).
pub fn commune_bilan<'v>(
    viewer: &'v Viewer,
    commune: &str,
    brigades: &[BrigadeId],
) -> AppResult<&'v Principal> {
    let principal = viewer.principal()?;
    let covers =
        principal.role == Role::BrigadeStaff && principal.brigade.is_some_and(|own| brigades.contains(&own));
    if covers || manages_commune(principal, commune) { Ok(principal) } else { Err(AppError::Forbidden) }
}

/// `decideEnrolment`, suspend, reinstate: a resident of a commune the caller manages. A
/// resident elsewhere is reported as not found, like one that does not exist.
pub fn manage_resident<'v>(viewer: &'v Viewer, resident_commune: Option<&str>) -> AppResult<&'v Principal> {
    let principal = viewer.principal()?;
    if !matches!(principal.role, Role::Admin | Role::Coordinator) {
        return Err(AppError::Forbidden);
    }
    match resident_commune {
        Some(commune) if manages_commune(principal, commune) => Ok(principal),
        _ => Err(AppError::NotFound("Habitant")),
    }
}

/// Creating staff, coordinator and admin accounts: admins only.
pub fn create_account(viewer: &Viewer) -> AppResult<&Principal> {
    let principal = viewer.principal()?;
    if principal.role == Role::Admin { Ok(principal) } else { Err(AppError::Forbidden) }
}

/// Administering the scheme (communes, routing rules, categories; within reach): admins.
pub fn administer(viewer: &Viewer) -> AppResult<&Principal> {
    role(viewer, Role::Admin)
}

/// `brigades`: brigade staff (reroute targets) and admins.
pub fn list_brigades(viewer: &Viewer) -> AppResult<&Principal> {
    let principal = viewer.principal()?;
    if matches!(principal.role, Role::Admin | Role::BrigadeStaff) {
        Ok(principal)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Filing a report: an approved resident.
pub fn file_report(viewer: &Viewer) -> AppResult<&Principal> {
    let principal = viewer.principal()?;
    match (principal.role, principal.enrolment) {
        (Role::Resident, Some(EnrolmentStatus::Approved)) => Ok(principal),
        (Role::Resident, Some(EnrolmentStatus::Pending)) => Err(AppError::EnrolmentPending),
        _ => Err(AppError::Forbidden),
    }
}

/// `myReports`, `myReportEvents`, acting on one's own reports: residents.
pub fn reporter(viewer: &Viewer) -> AppResult<&Principal> {
    role(viewer, Role::Resident)
}

/// Which part of the read log of reporters' identities a caller reads.
#[derive(Debug)]
pub enum ReadLogScope {
    /// A resident: the readings of their own reports.
    Own(UserId),
    /// An admin: their départements' (`None`: all of them, a national admin).
    Departments(Option<Vec<String>>),
}

/// `identityReads`: admins (their départements) and residents (their own reports).
pub fn identity_reads(viewer: &Viewer) -> AppResult<ReadLogScope> {
    let principal = viewer.principal()?;
    match (principal.role, &principal.reach) {
        (Role::Resident, _) => Ok(ReadLogScope::Own(principal.id)),
        (Role::Admin, Reach::National) => Ok(ReadLogScope::Departments(None)),
        (Role::Admin, Reach::Departments(codes)) => Ok(ReadLogScope::Departments(Some(codes.clone()))),
        _ => Err(AppError::Forbidden),
    }
}

/// Triage (transitions, notes, reroutes, duplicates): brigade staff.
pub fn triage(viewer: &Viewer) -> AppResult<&Principal> {
    role(viewer, Role::BrigadeStaff)
}

/// `brigadeQueueEvents(brigadeId)`: staff of that brigade.
pub fn brigade_events(viewer: &Viewer, brigade: BrigadeId) -> AppResult<&Principal> {
    let principal = role(viewer, Role::BrigadeStaff)?;
    if principal.brigade == Some(brigade) { Ok(principal) } else { Err(AppError::Forbidden) }
}

/// `incidents(brigadeId)`: staff of that brigade (their own when not named). Incidents
/// group exact places and reporters: they are the brigade's alone.
pub fn brigade_incidents(viewer: &Viewer, asked: Option<BrigadeId>) -> AppResult<BrigadeId> {
    let principal = role(viewer, Role::BrigadeStaff)?;
    match (asked, principal.brigade) {
        (None, Some(own)) => Ok(own),
        (Some(asked), Some(own)) if asked == own => Ok(own),
        _ => Err(AppError::Forbidden),
    }
}

/// `brigadeQueue(brigadeId)`: staff see their own brigade's (the default), admins any
/// brigade's (which they must name). Returns the brigade to read.
pub fn brigade_queue(viewer: &Viewer, asked: Option<BrigadeId>) -> AppResult<BrigadeId> {
    let principal = viewer.principal()?;
    match (principal.role, asked, principal.brigade) {
        (Role::BrigadeStaff, None, Some(own)) => Ok(own),
        (Role::BrigadeStaff, Some(asked), Some(own)) if asked == own => Ok(own),
        (Role::Admin, Some(asked), _) => Ok(asked),
        (Role::Admin, None, _) => Err(AppError::bad_input("brigadeId", "Précisez la brigade.")),
        _ => Err(AppError::Forbidden),
    }
}

/// An admin acting on a brigade (its queue): the brigade's département must be within
/// reach; a brigade elsewhere is refused like any other brigade not one's own.
pub fn oversee_brigade(principal: &Principal, department: Option<&str>) -> AppResult<()> {
    match department {
        Some(code) if principal.role == Role::Admin && principal.reach.covers(code) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

/// `sendInterventionAlert`: brigade staff and admins (which communes: `notify::alerts`).
pub fn send_alert(viewer: &Viewer) -> AppResult<&Principal> {
    let principal = viewer.principal()?;
    if matches!(principal.role, Role::Admin | Role::BrigadeStaff) {
        Ok(principal)
    } else {
        Err(AppError::Forbidden)
    }
}

/// `setTotp`: every account that reads people's identities or places — staff, coordinators,
/// admins and partners — for itself; residents sign in with a password.
pub fn enrol_totp(viewer: &Viewer) -> AppResult<&Principal> {
    let principal = viewer.signed_in()?;
    if principal.role == Role::Resident {
        return Err(AppError::Forbidden);
    }
    Ok(principal)
}

/// `requireTotp(departement)`: admins of that département.
pub fn require_totp<'v>(viewer: &'v Viewer, departement: &str) -> AppResult<&'v Principal> {
    administer_departement(viewer, departement)
}

/// A département's settings (acknowledgement delays): admins whose reach covers it.
pub fn administer_departement<'v>(viewer: &'v Viewer, departement: &str) -> AppResult<&'v Principal> {
    let principal = administer(viewer)?;
    if !principal.reach.covers(departement) {
        return Err(AppError::Forbidden);
    }
    Ok(principal)
}

/// `setSmsAlerts`: coordinators, for themselves.
pub fn set_sms_alerts(viewer: &Viewer) -> AppResult<&Principal> {
    role(viewer, Role::Coordinator)
}

/// `broadcastToResidents`: brigade staff and coordinators (which communes each may reach,
/// `notify::coverage` decides).
pub fn send_broadcast(viewer: &Viewer) -> AppResult<&Principal> {
    let principal = viewer.principal()?;
    if matches!(principal.role, Role::BrigadeStaff | Role::Coordinator) {
        Ok(principal)
    } else {
        Err(AppError::Forbidden)
    }
}

/// `openSecurityRequest`: coordinators (of the commune: [`coordinates`]) and brigade staff
/// (the commune's référent or the commander of its brigade: `partnership::requests`).
pub fn open_security_request(viewer: &Viewer) -> AppResult<&Principal> {
    let principal = viewer.principal()?;
    if matches!(principal.role, Role::Coordinator | Role::BrigadeStaff) {
        Ok(principal)
    } else {
        Err(AppError::Forbidden)
    }
}

/// That `principal` manages `commune` (its coordinators, admins reaching it).
pub fn coordinates(principal: &Principal, commune: &str) -> AppResult<()> {
    if manages_commune(principal, commune) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// The départements an admin's lists cover: `None` for a national admin, theirs otherwise;
/// an account without reach lists nothing.
pub fn admin_scope(reach: &Reach) -> AppResult<Option<&[String]>> {
    match reach {
        Reach::National => Ok(None),
        Reach::Departments(codes) => Ok(Some(codes)),
        Reach::Nothing => Err(AppError::Forbidden),
    }
}

/// A reach given to a new account lies within its creator's.
pub fn grant_reach(creator: &Reach, asked: &Reach) -> AppResult<()> {
    if creator.includes(asked) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Categories are national: only a national admin edits them.
pub fn edit_categories(reach: &Reach) -> AppResult<()> {
    if *reach == Reach::National { Ok(()) } else { Err(AppError::Forbidden) }
}

fn role(viewer: &Viewer, role: Role) -> AppResult<&Principal> {
    let principal = viewer.principal()?;
    if principal.role == role { Ok(principal) } else { Err(AppError::Forbidden) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{error::ErrorCode, identity::Reach, ids::UserId};

    fn principal(role: Role, coordinated: &[&str], enrolment: Option<EnrolmentStatus>) -> Viewer {
        Viewer::User(Principal {
            id: UserId::generate(),
            role,
            commune: None,
            brigade: None,
            coordinated: coordinated.iter().map(|code| (*code).to_owned()).collect(),
            enrolment,
            reach: if role == Role::Admin { Reach::Departments(vec!["90".into()]) } else { Reach::Nothing },
            commander: false,
            organisation: None,
            must_enrol_totp: false,
        })
    }

    #[test]
    fn a_coordinator_manages_only_their_communes() {
        let mayor = principal(Role::Coordinator, &["90052"], None);
        assert!(list_enrolments(&mayor, "90052").is_ok());
        assert_eq!(list_enrolments(&mayor, "90033").map(|_| ()).unwrap_err().code(), ErrorCode::Forbidden);
    }

    #[test]
    fn a_resident_elsewhere_looks_missing_to_a_coordinator() {
        let mayor = principal(Role::Coordinator, &["90052"], None);
        let error = manage_resident(&mayor, Some("90033")).map(|_| ()).unwrap_err();
        assert_eq!(error.code(), ErrorCode::NotFound);
    }

    #[test]
    fn a_pending_resident_may_not_file_yet() {
        let pending = principal(Role::Resident, &[], Some(EnrolmentStatus::Pending));
        assert_eq!(file_report(&pending).map(|_| ()).unwrap_err().code(), ErrorCode::EnrolmentPending);
        let approved = principal(Role::Resident, &[], Some(EnrolmentStatus::Approved));
        assert!(file_report(&approved).is_ok());
    }

    #[test]
    fn staff_hear_only_their_own_brigade_and_admins_must_name_one() {
        let brigade = BrigadeId::generate();
        let staff = Viewer::User(Principal {
            brigade: Some(brigade),
            ..match principal(Role::BrigadeStaff, &[], None) {
                Viewer::User(principal) => principal,
                Viewer::Anonymous => unreachable!(),
            }
        });
        assert!(brigade_events(&staff, brigade).is_ok());
        assert_eq!(
            brigade_events(&staff, BrigadeId::generate()).map(|_| ()).unwrap_err().code(),
            ErrorCode::Forbidden
        );
        assert_eq!(brigade_queue(&staff, None).expect("own"), brigade);
        let admin = principal(Role::Admin, &[], None);
        assert_eq!(brigade_queue(&admin, None).unwrap_err().code(), ErrorCode::BadUserInput);
    }

    #[test]
    fn anonymous_callers_are_unauthenticated() {
        assert_eq!(me(&Viewer::Anonymous).map(|_| ()).unwrap_err().code(), ErrorCode::Unauthenticated);
    }
}

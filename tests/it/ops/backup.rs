//! `vigie backup` while residents file, then `vigie restore` into a fresh folder: every
//! report acknowledged before the backup began is in the restored node, which still knows
//! the keys (a token issued before the backup is good on it).

use std::sync::{
    Arc,
    atomic::{AtomicBool, Ordering},
};

use serde_json::json;
use vigie_tests::{TestApp, TestDatabase};

use crate::reports::{FILE, filing, inside};

#[tokio::test]
async fn a_backup_taken_while_filing_restores_every_acknowledged_report() {
    if vigie_tests::backend_name() != "sqlite" {
        return eprintln!("the embedded mode's backup; PostgreSQL's is pg_dump (ops::dump)");
    }
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let at = inside("90052");
    let mut acknowledged = Vec::new();
    for n in 0..20 {
        let filed = resident.query(FILE, filing(&format!("avant-{n}"), "SUSPICIOUS_VEHICLE", at)).await;
        acknowledged.push(filed.data()["fileReport"]["id"].as_str().expect("id").to_owned());
    }
    // Residents go on filing while the backup runs.
    let filing_goes_on = Arc::new(AtomicBool::new(true));
    let writer = {
        let resident = resident.clone();
        let going = filing_goes_on.clone();
        tokio::spawn(async move {
            let mut n = 0;
            while going.load(Ordering::Relaxed) {
                resident.query(FILE, filing(&format!("pendant-{n}"), "SUSPICIOUS_VEHICLE", at)).await.data();
                n += 1;
            }
            n
        })
    };
    let folder = tempfile::tempdir().expect("backup folder");
    let to = folder.path().join("sauvegarde");
    let data_dir = app.database.config().data_dir;
    let args =
        ["--data-dir", data_dir.to_str().expect("utf-8"), "backup", "--to", to.to_str().expect("utf-8")];
    crate::cli::vigie(&app.database, &args).await.expect("backup while serving");
    filing_goes_on.store(false, Ordering::Relaxed);
    let during = writer.await.expect("writer");
    assert!(during > 0, "reports were filed while the backup ran");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(to.join("manifest.json")).expect("manifest")).expect("JSON");
    assert_eq!(manifest["format"], "vigie-backup/1");
    assert_eq!(manifest["keys"].as_array().map(Vec::len), Some(3), "{manifest}");

    // A second backup into the same folder is refused (nothing overwritten).
    assert!(crate::cli::vigie(&app.database, &args).await.is_err());

    let fresh = tempfile::tempdir().expect("fresh folder");
    let restored_dir = fresh.path().join("data");
    let restore = [
        "vigie",
        "--data-dir",
        restored_dir.to_str().expect("utf-8"),
        "restore",
        "--from",
        to.to_str().expect("utf-8"),
    ];
    let cli = <vigie::cli::Cli as clap::Parser>::try_parse_from(restore).expect("argv");
    vigie::cli::run(cli).await.expect("restored");
    let again = <vigie::cli::Cli as clap::Parser>::try_parse_from(restore).expect("argv");
    assert!(vigie::cli::run(again).await.is_err(), "a restore never overwrites a database");

    let restored = TestApp::serve(TestDatabase::embedded_in(fresh).await).await;
    let same_token = resident.on(&restored);
    for id in &acknowledged {
        let report =
            same_token.query("query($id: ID!) { report(id: $id) { id status } }", json!({ "id": id })).await;
        assert_eq!(report.data()["report"]["id"], id.as_str(), "report {id} restored");
    }
    let mine = same_token.query("{ myReports(first: 100) { totalCount } }", json!({})).await;
    let total = mine.data()["myReports"]["totalCount"].as_u64().expect("count");
    assert!(total >= 20 && total <= 20 + during as u64, "{total} reports, {during} filed during the backup");
}

//! Replays of the attack review's photo findings: crafted files cannot stall the node or
//! crash a request, metadata does not survive in a second image or in `idat`, lists of
//! photo ids are bounded before any work, and upload links are single-use with orphans
//! swept.

use std::time::{Duration, Instant};

use serde_json::json;
use vigie::config::Config;
use vigie_tests::{TestApp, images};

use crate::photos::{PHOTOS, upload, with_photos};
use crate::reports::FILE;

#[tokio::test]
async fn finding_02_crafted_heic_filings_leave_the_node_responsive_and_are_refused() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let bomb = images::heic_bomb();
    assert!(bomb.len() > 20_000, "the attack's size");
    let mut photos = Vec::new();
    for _ in 0..2 {
        let (photo, status) = upload(&app, &resident, "image/heic", bomb.len(), bomb.clone()).await;
        assert_eq!(status, 200);
        photos.push(photo);
    }
    let filings = photos.iter().enumerate().map(|(n, photo)| {
        let resident = resident.clone();
        let input = with_photos(&format!("bomb-{n}"), &[photo]);
        async move { resident.query(FILE, input).await }
    });
    let health = async {
        let mut slowest = Duration::ZERO;
        for _ in 0..10 {
            let started = Instant::now();
            let answer = app.http().get(app.url("/healthz")).send().await.expect("healthz");
            assert!(answer.status().is_success());
            slowest = slowest.max(started.elapsed());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        slowest
    };
    let (refusals, slowest) = tokio::join!(futures_util::future::join_all(filings), health);
    assert!(slowest < Duration::from_secs(1), "/healthz took {slowest:?} during the filings");
    for refused in refusals {
        assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("photoIds")));
    }
}

#[tokio::test]
async fn finding_10_a_malformed_jpeg_is_a_typed_refusal_not_a_dropped_connection() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let bad = images::jpeg_with_empty_segment();
    let (photo, _) = upload(&app, &resident, "image/jpeg", bad.len(), bad).await;
    let refused = resident.query(FILE, with_photos("empty-app1", &[&photo])).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("photoIds")));
}

/// Files a photo and returns the bytes the brigade downloads.
async fn brigade_copy(app: &TestApp, content_type: &str, bytes: Vec<u8>) -> Vec<u8> {
    let resident = app.resident().await;
    let (photo, status) = upload(app, &resident, content_type, bytes.len(), bytes).await;
    assert_eq!(status, 200);
    let filed = resident.query(FILE, with_photos(&format!("meta-{photo}"), &[&photo])).await;
    let id = filed.data()["fileReport"]["id"].clone();
    let photos = app.staff().await.query(PHOTOS, json!({ "id": id })).await;
    let url = photos.data()["report"]["photos"][0]["url"].as_str().expect("url").to_owned();
    app.http().get(url).send().await.expect("download").bytes().await.expect("bytes").to_vec()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

#[tokio::test]
async fn finding_11_no_metadata_survives_in_a_second_image_or_in_any_format() {
    let app = TestApp::spawn().await;
    let mpf = images::fixture("photo-mpf.jpg");
    assert!(contains(&mpf[mpf.len() / 2..], b"SN1234567"), "the second image carries a serial number");
    for (content_type, name) in [
        ("image/jpeg", "photo-mpf.jpg"),
        ("image/jpeg", "photo.jpg"),
        ("image/png", "photo.png"),
        ("image/webp", "photo.webp"),
        ("image/heic", "photo.heic"),
    ] {
        let original = images::fixture(name);
        let copy = brigade_copy(&app, content_type, original.clone()).await;
        for telltale in [&b"SN1234567"[..], b"Pixel 7", b"Jeanne", b"xmpmeta"] {
            assert!(!contains(&copy, telltale), "{name}: {} survived", String::from_utf8_lossy(telltale));
        }
        if content_type == "image/jpeg" {
            assert!(copy.ends_with(&[0xFF, 0xD9]), "{name}: cut at the primary image's end");
            assert_eq!(copy.windows(2).filter(|w| *w == [0xFF, 0xD8]).count(), 1, "{name}: one image only");
        }
    }
}

#[tokio::test]
async fn finding_05_a_photo_id_list_is_bounded_before_any_work() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    // Far more ids than allowed, none of them even valid: refused for its length alone.
    let ids: Vec<String> = (0..20_000).map(|n| format!("pas-un-identifiant-{n}")).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let refused = resident.query(FILE, with_photos("many-ids", &refs)).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("photoIds")));
    let message = refused.body["errors"][0]["message"].as_str().expect("message");
    assert!(message.contains("5 photos au plus"), "{message}");
}

async fn put_again(app: &TestApp, url: &str, bytes: Vec<u8>) -> u16 {
    app.http()
        .put(url)
        .header("Content-Type", "image/jpeg")
        .body(bytes)
        .send()
        .await
        .expect("sent")
        .status()
        .as_u16()
}

#[tokio::test]
async fn finding_06_a_local_upload_link_takes_one_upload_only() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let jpeg = images::jpeg_with_gps();
    let ticket = resident.query(crate::photos::TICKET, json!({ "t": "image/jpeg", "n": jpeg.len() })).await;
    let ticket = ticket.data()["requestPhotoUpload"].clone();
    let url = ticket["uploadUrl"].as_str().expect("url");
    assert_eq!(put_again(&app, url, jpeg.clone()).await, 200);
    assert_eq!(put_again(&app, url, jpeg.clone()).await, 409, "a second upload on one link");
    let photo = ticket["photoId"].as_str().expect("id");
    resident.query(FILE, with_photos("single-use", &[photo])).await.data();
    assert_eq!(put_again(&app, url, jpeg.clone()).await, 409, "an upload after attach");

    // After a refused attach (a PNG announced as JPEG) the link is dead too.
    let png = images::png();
    let ticket = resident.query(crate::photos::TICKET, json!({ "t": "image/jpeg", "n": png.len() })).await;
    let ticket = ticket.data()["requestPhotoUpload"].clone();
    let url = ticket["uploadUrl"].as_str().expect("url");
    assert_eq!(put_again(&app, url, png.clone()).await, 200);
    let refused =
        resident.query(FILE, with_photos("refused", &[ticket["photoId"].as_str().expect("id")])).await;
    assert_eq!(refused.error_field(), Some("photoIds"));
    assert_eq!(put_again(&app, url, png).await, 409, "an upload after a refusal");
}

async fn orphans_are_swept(adjust: impl FnOnce(&mut Config)) {
    let app = TestApp::spawn_with(adjust).await;
    let resident = app.resident().await;
    let jpeg = images::jpeg_with_gps();
    let (photo, _) = upload(&app, &resident, "image/jpeg", jpeg.len(), jpeg.clone()).await;
    resident.query(FILE, with_photos("orphan", &[&photo])).await.data();
    // What a reused presigned link leaves behind, and an object no row knows.
    let stray = uuid::Uuid::now_v7();
    app.state.photos.write(&format!("uploads/{photo}"), &jpeg, "image/jpeg").await.expect("write");
    app.state.photos.write(&format!("photos/{stray}"), &jpeg, "image/jpeg").await.expect("write");
    let swept =
        vigie::media::service::sweep_orphans(app.state.photo_service(), chrono::Duration::seconds(-5))
            .await
            .expect("sweep");
    assert_eq!(swept, 2);
    let read = |key: String| {
        let photos = app.state.photos.clone();
        async move { photos.read(&key, u64::MAX).await.expect("read") }
    };
    assert!(read(format!("uploads/{photo}")).await.is_none());
    assert!(read(format!("photos/{stray}")).await.is_none());
    assert!(read(format!("photos/{photo}")).await.is_some(), "the attached photo stays");
}

#[tokio::test]
async fn finding_06_orphan_objects_are_swept_from_the_local_folder() {
    orphans_are_swept(|_| {}).await;
}

#[tokio::test]
async fn finding_06_orphan_objects_are_swept_from_the_s3_bucket() {
    if std::env::var_os("TEST_S3_ENDPOINT").is_none() {
        assert!(std::env::var_os("CI").is_none(), "CI runs this against the S3 server");
        println!("orphans on S3: no TEST_S3_ENDPOINT (scripts/test starts one)");
        return;
    }
    orphans_are_swept(|config| {
        TestApp::s3(config);
    })
    .await;
}

//! Photos, on the S3-compatible server of the test run and in embedded mode (local
//! folder): presigned upload, attach with real-type and size checks, metadata stripped,
//! signed download for the reporter and the brigade only.

use std::time::Duration;

use serde_json::{Value, json};
use vigie::config::Config;
use vigie_tests::{Client, TestApp, images};

use crate::reports::{FILE, filing, inside};

pub const TICKET: &str = "mutation($t: String!, $n: Int!) { requestPhotoUpload(contentType: $t, byteSize: $n) { photoId uploadUrl method headers { name value } expiresAt } }";
pub const PHOTOS: &str = "query($id: ID!) { report(id: $id) { photos { id url } } }";

/// Asks for a ticket for `declared` and PUTs `bytes` with the returned headers; returns
/// the photo id and the upload's HTTP status.
pub async fn upload(
    app: &TestApp,
    client: &Client,
    declared: &str,
    announced: usize,
    bytes: Vec<u8>,
) -> (String, u16) {
    let ticket = client.query(TICKET, json!({ "t": declared, "n": announced })).await;
    let ticket = ticket.data()["requestPhotoUpload"].clone();
    assert_eq!(ticket["method"], "PUT");
    let mut request = app.http().put(ticket["uploadUrl"].as_str().expect("url"));
    for header in ticket["headers"].as_array().expect("headers") {
        let name = header["name"].as_str().expect("name");
        if !name.eq_ignore_ascii_case("content-length") {
            request = request.header(name, header["value"].as_str().expect("value"));
        }
    }
    let status = request.body(bytes).send().await.expect("upload sent").status().as_u16();
    (ticket["photoId"].as_str().expect("id").to_owned(), status)
}

pub fn with_photos(request: &str, photos: &[&str]) -> Value {
    let mut input = filing(request, "VANDALISM", inside("90052"));
    input["input"]["photoIds"] = json!(photos);
    input
}

async fn photo_flow(app: TestApp) {
    let resident = app.resident().await;
    let jpeg = images::jpeg_with_gps();
    let (photo, status) = upload(&app, &resident, "image/jpeg", jpeg.len(), jpeg).await;
    assert_eq!(status, 200, "the presigned upload works");
    let filed = resident.query(FILE, with_photos("photo-1", &[&photo])).await;
    let id = filed.data()["fileReport"]["id"].clone();

    let staff = app.staff().await;
    let photos = staff.query(PHOTOS, json!({ "id": id })).await;
    let photos = photos.data()["report"]["photos"].as_array().expect("photos").clone();
    assert_eq!(photos.len(), 1);
    assert_eq!(photos[0]["id"], json!(photo));
    let bytes = app
        .http()
        .get(photos[0]["url"].as_str().expect("url"))
        .send()
        .await
        .expect("download")
        .bytes()
        .await
        .expect("bytes");
    assert!(bytes.starts_with(&[0xFF, 0xD8]), "still a JPEG");
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains("Exif") && !text.contains("GPS") && !text.contains("Pixel 7"),
        "metadata reached the brigade"
    );
    assert!(text.contains("entropy-coded image data"), "the image itself is kept");

    let own = resident.query(PHOTOS, json!({ "id": id })).await;
    assert_eq!(own.data()["report"]["photos"].as_array().map(Vec::len), Some(1));
    let mayor = app.coordinator().await;
    let seen = mayor.query(PHOTOS, json!({ "id": id })).await;
    assert_eq!(seen.data()["report"]["photos"], json!([]), "coordinators do not see photos");

    // A PNG declared as JPEG is refused and removed.
    let png = images::png();
    let (liar, status) = upload(&app, &resident, "image/jpeg", png.len(), png).await;
    assert_eq!(status, 200);
    let refused = resident.query(FILE, with_photos("photo-2", &[&liar])).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("photoIds")));
    assert!(refused.body["errors"][0]["message"].as_str().is_some_and(|message| message.contains("JPEG")));
    let again = resident.query(FILE, with_photos("photo-3", &[&liar])).await;
    assert_eq!(again.error_field(), Some("photoIds"), "a refused photo is gone");

    // More bytes than announced never become a photo.
    let jpeg = images::jpeg_with_gps();
    let (oversize, _) = upload(&app, &resident, "image/jpeg", jpeg.len() - 10, jpeg).await;
    let refused = resident.query(FILE, with_photos("photo-4", &[&oversize])).await;
    assert_eq!(refused.error_field(), Some("photoIds"));

    // Above the size limit: no ticket at all.
    let too_big = resident.query(TICKET, json!({ "t": "image/jpeg", "n": 50 * 1024 * 1024 })).await;
    assert_eq!((too_big.error_code(), too_big.error_field()), ("BAD_USER_INPUT", Some("byteSize")));
    let gif = resident.query(TICKET, json!({ "t": "image/gif", "n": 100 })).await;
    assert_eq!(gif.error_field(), Some("contentType"));

    // Another resident's photo is unknown to you.
    let (neighbour, _) = crate::reports::approved_resident(&app, "voisine@example.fr", "90052").await;
    let jpeg = images::jpeg_with_gps();
    let (theirs, _) = upload(&app, &neighbour, "image/jpeg", jpeg.len(), jpeg).await;
    let stolen = resident.query(FILE, with_photos("photo-5", &[&theirs])).await;
    assert_eq!(stolen.error_field(), Some("photoIds"));

    // Photos added later by the reporter.
    let jpeg = images::jpeg_with_gps();
    let (later, _) = upload(&app, &resident, "image/jpeg", jpeg.len(), jpeg).await;
    let added = resident
        .query("mutation($id: ID!, $p: [ID!]!) { addReportPhotos(reportId: $id, photoIds: $p) { photos { id } } }", json!({ "id": id, "p": [later] }))
        .await;
    assert_eq!(added.data()["addReportPhotos"]["photos"].as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn photos_flow_through_the_s3_server() {
    let mut on_s3 = false;
    let app = TestApp::spawn_with(|config| on_s3 = TestApp::s3(config)).await;
    assert!(on_s3 || std::env::var_os("CI").is_none(), "CI runs the photo tests against the S3 server");
    if !on_s3 {
        println!("photos on S3: no TEST_S3_ENDPOINT (scripts/test starts one)");
        return;
    }
    photo_flow(app).await;
}

#[tokio::test]
async fn photos_flow_through_local_storage_in_embedded_mode() {
    photo_flow(TestApp::spawn().await).await;
}

async fn expired_ticket(adjust: impl FnOnce(&mut Config)) {
    let app = TestApp::spawn_with(|config| {
        adjust(config);
        config.photo_upload_ttl_secs = 1;
    })
    .await;
    let resident = app.resident().await;
    let ticket =
        resident.query(TICKET, json!({ "t": "image/jpeg", "n": images::jpeg_with_gps().len() })).await;
    let ticket = ticket.data()["requestPhotoUpload"].clone();
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let status = app
        .http()
        .put(ticket["uploadUrl"].as_str().expect("url"))
        .header("Content-Type", "image/jpeg")
        .body(images::jpeg_with_gps())
        .send()
        .await
        .expect("sent")
        .status();
    assert!(status.is_client_error(), "an expired upload link was accepted: {status}");
    let refused = resident.query(FILE, with_photos("late", &[ticket["photoId"].as_str().expect("id")])).await;
    assert_eq!(refused.error_field(), Some("photoIds"));
    assert!(refused.body["errors"][0]["message"].as_str().is_some_and(|message| message.contains("expiré")));
}

#[tokio::test]
async fn an_expired_ticket_is_refused_locally() {
    expired_ticket(|_| {}).await;
}

#[tokio::test]
async fn an_expired_ticket_is_refused_by_the_s3_server() {
    if std::env::var_os("TEST_S3_ENDPOINT").is_none() {
        println!("expired S3 ticket: no TEST_S3_ENDPOINT (scripts/test starts one)");
        return;
    }
    expired_ticket(|config| {
        TestApp::s3(config);
    })
    .await;
}

#[tokio::test]
async fn uploads_never_attached_are_swept() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let jpeg = images::jpeg_with_gps();
    let (photo, _) = upload(&app, &resident, "image/jpeg", jpeg.len(), jpeg).await;
    let swept = vigie::media::service::sweep(app.state.photo_service(), chrono::Duration::zero())
        .await
        .expect("sweep");
    assert_eq!(swept, 1);
    let gone = resident.query(FILE, with_photos("swept", &[&photo])).await;
    assert_eq!(gone.error_field(), Some("photoIds"));
    assert!(app.state.photos.read(&format!("uploads/{photo}"), u64::MAX).await.expect("read").is_none());
}

#[tokio::test]
async fn concurrent_retries_of_a_filing_with_a_photo_file_one_report() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let jpeg = images::jpeg_with_gps();
    let (photo, _) = upload(&app, &resident, "image/jpeg", jpeg.len(), jpeg).await;
    let calls = (0..10).map(|_| {
        let (resident, input) = (resident.clone(), with_photos("retry-with-photo", &[&photo]));
        async move { resident.query(FILE, input).await }
    });
    let responses = futures_util::future::join_all(calls).await;
    let ids: std::collections::HashSet<String> = responses
        .iter()
        .map(|response| response.data()["fileReport"]["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(ids.len(), 1);
    let id = ids.into_iter().next().expect("one id");
    let photos = resident.query(PHOTOS, json!({ "id": id })).await;
    assert_eq!(photos.data()["report"]["photos"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn a_report_holds_at_most_the_configured_number_of_photos() {
    let app = TestApp::spawn_with(|config| config.photo_max_per_report = 2).await;
    let resident = app.resident().await;
    let mut photos = Vec::new();
    for _ in 0..3 {
        let jpeg = images::jpeg_with_gps();
        photos.push(upload(&app, &resident, "image/jpeg", jpeg.len(), jpeg).await.0);
    }
    let all = [photos[0].as_str(), photos[1].as_str(), photos[2].as_str()];
    let too_many = resident.query(FILE, with_photos("many", &all)).await;
    assert_eq!(too_many.error_field(), Some("photoIds"));
    let filed = resident.query(FILE, with_photos("two", &all[..2])).await;
    let id = filed.data()["fileReport"]["id"].clone();
    let add = "mutation($id: ID!, $p: [ID!]!) { addReportPhotos(reportId: $id, photoIds: $p) { id } }";
    let third = resident.query(add, json!({ "id": id, "p": [all[2]] })).await;
    assert_eq!(third.error_field(), Some("photoIds"));
}

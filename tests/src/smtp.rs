//! A real SMTP server on loopback for the e-mail tests: aiosmtpd (Debian's
//! `python3-aiosmtpd`, installed by `scripts/test`), one process per test, storing what it
//! receives in a Maildir that the tests read back with an independent parser (`mailparse`).

use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};

use vigie::config::Config;

/// One message as the server stored it.
#[derive(Clone, Debug)]
pub struct Received {
    /// The envelope recipients (`X-RcptTo`).
    pub to: String,
    pub from: String,
    pub subject: String,
    pub message_id: String,
    pub content_type: String,
    /// The decoded text.
    pub body: String,
}

impl Received {
    /// The single-use code in the body (`XXXX-XXXX-XXXX-XXXX`), if there is one.
    pub fn code(&self) -> Option<String> {
        self.body
            .split_whitespace()
            .find(|word| {
                word.len() == 19
                    && word.split('-').count() == 4
                    && word.split('-').all(|group| group.len() == 4)
            })
            .map(str::to_owned)
    }
}

/// The running server; stopped when dropped.
pub struct SmtpServer {
    pub port: u16,
    child: Child,
    maildir: tempfile::TempDir,
}

fn program() -> String {
    std::env::var("VIGIE_TEST_AIOSMTPD").unwrap_or_else(|_| "aiosmtpd".to_owned())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("address").port()
}

impl SmtpServer {
    /// Starts on a free loopback port.
    pub async fn start() -> Self {
        Self::start_on(free_port()).await
    }

    /// Starts on `port` (a test that made the server wait starts it late, where Vigie
    /// already points).
    pub async fn start_on(port: u16) -> Self {
        let maildir = tempfile::tempdir().expect("maildir");
        for folder in ["new", "cur", "tmp"] {
            std::fs::create_dir(maildir.path().join(folder)).expect("maildir folder");
        }
        let child = Command::new(program())
            .args(["-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!("cannot start {} ({error}): install python3-aiosmtpd or run scripts/test", program())
            });
        // Owned at once: dropping it (a panic below included) stops and reaps the process.
        let server = Self { port, child, maildir };
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("aiosmtpd did not listen on port {port}");
    }

    /// A port where nothing listens yet (for a server started later with `start_on`).
    pub fn unused_port() -> u16 {
        free_port()
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Points `config` at this server (and dispatches the outbox often).
    pub fn configure(&self, config: &mut Config) {
        configure_port(config, self.port);
    }

    /// Every message received so far.
    pub fn messages(&self) -> Vec<Received> {
        let new: PathBuf = self.maildir.path().join("new");
        let Ok(entries) = std::fs::read_dir(&new) else { return Vec::new() };
        let mut files: Vec<PathBuf> =
            entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
        // Maildir names start `<seconds>.M<microseconds>P…`: in the order received.
        files.sort_by_key(|file| {
            let name = file.file_name().and_then(|name| name.to_str()).unwrap_or_default().to_owned();
            let (seconds, rest) = name.split_once('.').unwrap_or((&name, ""));
            let micros: String =
                rest.trim_start_matches('M').chars().take_while(char::is_ascii_digit).collect();
            (seconds.parse::<u64>().unwrap_or(0), micros.parse::<u64>().unwrap_or(0))
        });
        files.iter().map(|file| parse(&std::fs::read(file).expect("read a stored message"))).collect()
    }

    /// The messages to `to`, once there are at least `count` of them (waits up to 10 s).
    pub async fn wait_for(&self, to: &str, count: usize) -> Vec<Received> {
        for _ in 0..200 {
            let messages: Vec<Received> =
                self.messages().into_iter().filter(|message| message.to == to).collect();
            if messages.len() >= count {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} messages to {to}: {:?}", self.messages());
    }
}

/// Points `config` at an SMTP server on `port` (and dispatches the outbox often).
pub fn configure_port(config: &mut Config, port: u16) {
    config.smtp_url = Some(format!("smtp://127.0.0.1:{port}").parse().expect("secret"));
    config.mail_from = "Vigie <ne-pas-repondre@vigie.test>".to_owned();
    config.outbox_dispatch_interval_ms = 50;
}

fn parse(raw: &[u8]) -> Received {
    let mail = mailparse::parse_mail(raw).expect("a stored message parses");
    let header = |name: &str| {
        mailparse::MailHeaderMap::get_first_value(mail.headers.as_slice(), name).unwrap_or_default()
    };
    Received {
        to: header("X-RcptTo"),
        from: header("From"),
        subject: header("Subject"),
        message_id: header("Message-ID"),
        content_type: mail.ctype.mimetype.clone(),
        body: mail.get_body().expect("a text body"),
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

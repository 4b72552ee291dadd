//! The words of identity's e-mails, in French. None of them repeats anything a requester
//! typed (a name, a message): an address nobody has proven yet must not become a way to
//! send someone text of one's choosing.

use crate::notify::mail::Mail;

const SIGNATURE: &str =
    "—\nVigie, participation citoyenne\nCe message est envoyé automatiquement : merci de ne pas y répondre.";

fn mail(to: &str, subject: &str, body: String) -> Mail {
    Mail { to: to.to_owned(), subject: subject.to_owned(), body: format!("{body}\n\n{SIGNATURE}\n") }
}

/// The code that completes a registration.
pub fn registration_code(to: &str, commune: &str, code: &str, minutes: i64) -> Mail {
    mail(
        to,
        "Votre code d'inscription à Vigie",
        format!(
            "Bonjour,\n\n\
             Pour terminer votre inscription à la participation citoyenne de {commune}, saisissez ce code dans l'application Vigie :\n\n\
             \x20   {code}\n\n\
             Ce code est valable {minutes} minutes et ne sert qu'une fois. Votre mairie examinera ensuite votre inscription.\n\n\
             Si vous recevez plusieurs codes, seul le dernier est valable. Si vous n'avez rien demandé, ignorez ce message : aucun compte ne sera créé."
        ),
    )
}

/// A registration asked for an address that already has an account.
pub fn registration_taken(to: &str) -> Mail {
    mail(
        to,
        "Inscription à Vigie : vous avez déjà un compte",
        "Bonjour,\n\n\
         Quelqu'un, peut-être vous, a demandé à créer un compte Vigie avec cette adresse électronique. \
         Un compte existe déjà pour cette adresse : aucun autre n'a été créé.\n\n\
         Si vous avez oublié votre mot de passe, choisissez « Mot de passe oublié » dans l'application.\n\n\
         Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas été modifié."
            .to_owned(),
    )
}

/// The code that sets a new password.
pub fn reset_code(to: &str, code: &str) -> Mail {
    mail(
        to,
        "Votre code pour choisir un nouveau mot de passe Vigie",
        format!(
            "Bonjour,\n\n\
             Pour choisir un nouveau mot de passe, saisissez ce code dans l'application Vigie :\n\n\
             \x20   {code}\n\n\
             Ce code est valable une heure et ne sert qu'une fois. Toutes vos sessions seront fermées.\n\n\
             Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé."
        ),
    )
}

/// A password reset asked for an address without an account.
pub fn reset_without_account(to: &str) -> Mail {
    mail(
        to,
        "Mot de passe Vigie : aucun compte à cette adresse",
        "Bonjour,\n\n\
         Quelqu'un, peut-être vous, a demandé à choisir un nouveau mot de passe Vigie pour cette adresse électronique, \
         mais aucun compte n'y est associé.\n\n\
         Si vous avez un compte, il est peut-être enregistré à une autre adresse. \
         Si vous n'êtes pas à l'origine de cette demande, ignorez ce message."
            .to_owned(),
    )
}

/**
 * French messages ("vous"). Every key of `en`, with the same `{params}`. Medical and safety
 * wording follows the project's safety reference (README,
 * "Where the advice comes from"; each source in src/core/sources.ts): no promised results, "not medical
 * advice", needle lengths as in the English catalogue, decimal comma. French typography: a
 * no-break space before ":" and inside « », a narrow no-break space before ";", "?" and "!".
 */
import type { Messages } from './en';

export const fr: Messages = {
  // Product-page safety card (en-card.ts).
  'card.label': 'Fiche de sécurité Roller Coach',
  'card.brand': 'Roller Coach',
  'card.verdict.unknown': 'Longueur d’aiguille inconnue',
  'card.lengths.single': 'Longueur d’aiguille sur cette page\u00a0: {mm} ({band}), {source}.',
  'card.lengths.list':
    'Longueurs d’aiguille sur cette page\u00a0: {lengths} ({source}). L’avis suit la plus longue.',
  'card.lengths.range':
    'Profondeur réglable\u00a0: de {min} à {max} ({source}). L’avis suit le réglage le plus profond.',
  'card.source.variant': 'd’après l’option choisie',
  'card.source.title': 'd’après le titre',
  'card.source.specs': 'd’après les caractéristiques du produit',
  'card.source.bullets': 'd’après la liste des points forts',
  'card.source.options': 'd’après les options proposées',
  'card.source.description': 'd’après la description',
  'card.zero': 'aiguilles rentrées',
  'card.unknown': 'Cette page n’indique pas la longueur des aiguilles.',
  'card.unknown.what':
    'Cherchez «\u00a0longueur d’aiguille\u00a0» ou une taille en mm dans les caractéristiques ou les options de taille, ou demandez au vendeur. Jusqu’à 0,25\u00a0mm, c’est pour un usage à domicile en l’absence de contre-indication\u202f; au-delà de 0,5\u00a0mm, pas pour un usage à domicile.',
  'card.often.home':
    'Fréquence à domicile\u00a0: au moins {days} jours entre deux séances sur la même zone, au plus {cap} en 7 jours.',
  'card.often.caution':
    'Premier rouleau au-delà de 0,25\u00a0mm\u202f? Allez-y doucement et observez la réaction de votre peau.',
  'card.often.notForHome':
    'Pas pour un usage à domicile\u00a0: au-delà de 0,5\u00a0mm, les aiguilles atteignent la peau vivante, ce qui en fait un dispositif médical de classe II. S’il est utilisé malgré tout\u00a0: au moins {days} jours entre deux séances sur la même zone.',
  'card.often.professional':
    'Réservé aux professionnels\u00a0: Roller Coach ne propose aucun calendrier à domicile pour {mm}. Les cabinets espacent ces séances d’environ {days} jours (études sur les cicatrices d’acné\u00a0: une médiane de 4 semaines).',
  'card.often.doNotUse':
    'Ne pas utiliser à domicile\u00a0: {mm} est une profondeur de cabinet, et Roller Coach ne propose aucun calendrier à domicile. Entre deux séances en cabinet sur la même zone, il propose au moins {days} jours',
  'card.proposal': 'une proposition de Roller Coach, pas une donnée clinique',
  'card.rf': 'Le microneedling par radiofréquence (RF) ne doit pas être utilisé à domicile.',
  'card.history': 'Votre dernière séance\u00a0: {area}, {ago}.',
  'card.history.gap':
    'Avec ce type d’appareil ({device}, {mm}), il faut {days} jours entre deux séances sur la même zone\u00a0:',
  'card.history.safeFrom': 'une autre séance y est possible à partir du {date}.',
  'card.history.doNotRoll':
    'quel que soit l’intervalle, Roller Coach dit de ne pas y passer le roller pour l’instant (ouvrez-le pour voir pourquoi).',
  'card.history.answerFirst':
    'quel que soit l’intervalle, répondez d’abord aux questions de sécurité de Roller Coach (ouvrez-le pour y répondre).',
  'card.history.warned':
    'cet intervalle est passé, mais un avertissement s’applique à cet endroit (ouvrez Roller Coach pour le voir).',
  'card.history.askDoctor':
    'quel que soit l’intervalle, Roller Coach dit de demander l’avis d’un médecin avant une autre séance à cet endroit (ouvrez-le pour voir pourquoi).',
  'card.history.safeNow':
    'cet intervalle est passé\u00a0: une autre séance y est possible en l’absence de contre-indication.',
  'card.history.noHome':
    'Ce type d’appareil ({device}, {mm}) est réservé aux professionnels\u00a0: Roller Coach ne propose aucun calendrier à domicile.',
  'card.ago.today': 'aujourd’hui',
  'card.ago.yesterday': 'hier',
  'card.ago.days.one': 'il y a {count} jour',
  'card.ago.days.other': 'il y a {count} jours',
  'card.device.roller': 'rouleau',
  'card.device.stamp': 'tampon',
  'card.device.pen': 'stylo',
  'card.device.cartridge': 'cartouche',
  'card.device.device': 'appareil',
  'card.contra.title': 'Pas de séance en cas de\u00a0:',
  'card.contra.yours': 'Votre profil indique {condition}\u00a0: pas de séance. Consultez un dermatologue.',
  'card.notes': 'Toutes les consignes de sécurité',
  'card.sources': 'Sources\u00a0:',
  'card.allSources': 'toutes les sources',
  'card.details.show': 'Afficher les détails',
  'card.details.hide': 'Masquer les détails',
  'card.menu.open': 'Masquer la fiche…',
  'card.menu.label': 'Masquer la fiche Roller Coach',
  'card.dismissProduct': 'Masquer pour ce produit',
  'card.disableSite': 'Désactiver sur {site}',
  'card.disableAll': 'Désactiver partout',
  'card.cancel': 'Annuler',
  'card.saveFailed': 'Impossible d’enregistrer\u00a0: {reason}',
  // Card: every part of the listing, RF, proposals and the full lists (issues 10 and 11).
  'card.verdict.home-ok': 'Convient à domicile en l’absence de contre-indication',
  'card.verdict.rf': 'Ne pas utiliser à domicile\u00a0: microneedling par radiofréquence',
  'card.often.rf':
    'Le microneedling RF est un soin de cabinet\u00a0: Roller Coach ne propose aucun calendrier à domicile, quelle que soit la longueur d’aiguille.',
  'card.also':
    'Cette annonce vend aussi {lengths}\u00a0: le verdict suit la plus longue, {mm}\u00a0: {verdict}.',
  'card.proposal.why.cosmetic':
    'aucune source ne donne d’intervalle\u202f; les guides grand public disent un jour sur deux, un dermatologue autorise 2 à 3 fois par semaine, et la lecture la plus stricte est retenue',
  'card.proposal.why.caution':
    'aucune source ne donne d’intervalle à une profondeur qui peut atteindre la peau vivante\u202f; une semaine est le choix prudent',
  'card.proposal.why.not-for-home':
    'aucune source ne justifie un usage sans supervision à cette profondeur, donc aucune ne donne d’intervalle à domicile\u202f; 14 jours est le choix prudent',
  'card.proposal.why.do-not-use':
    'aucune source ne donne d’intervalle à partir de 2\u00a0mm\u202f; 42 jours est l’intervalle de cabinet le plus long pour 1 à 2\u00a0mm, quand la cicatrisation est lente',
  'card.setting.stricter': 'votre réglage plus strict',
  'card.setting.looser': 'votre réglage plus souple, que vous avez accepté',
  'card.history.notForHome':
    'Ce type d’appareil ({device}, {mm}) n’est pas pour un usage à domicile\u00a0: Roller Coach ne donne aucune date à domicile.',
  'card.history.rf':
    'Le microneedling RF n’est pas pour un usage à domicile\u00a0: Roller Coach ne donne aucune date à domicile.',
  'card.contra.askDoctor': 'Demandez d’abord l’avis d’un médecin en cas de\u00a0:',
  'card.never.title': 'Ne jamais rouler sur\u00a0:',
  'card.never.list':
    'les paupières ou l’intérieur du rebord orbitaire, les lèvres, les grains de beauté ou taches de naissance, les tatouages ou le maquillage permanent, les chéloïdes, les lésions actives.',
  'card.titleFrom': 'Nom du produit lu {from}, pas dans le champ de titre de la boutique.',
  'card.titleFrom.json-ld': 'dans les données produit de la page (schema.org)',
  'card.titleFrom.og': 'dans les balises de partage de la page (og:title)',
  'card.titleFrom.itemprop': 'dans le balisage produit de la page (itemprop name)',
  'card.titleFrom.h1': 'dans le titre principal de la page',
  'card.titleFrom.document': 'dans le titre de la page',

  // Export, import (en-data.ts).
  'import.at.lineColumn': 'Ligne {line}, colonne {column}',
  'import.at.lineField': 'Ligne {line}, {field}',
  'import.at.line': 'Ligne {line}',
  'import.at.field': '{field}',
  'import.error.unreadable': 'Impossible de lire le fichier.',
  'import.error.empty': 'Le fichier est vide.',
  'import.error.tooLarge':
    'Le fichier fait environ {size} Mo. Les fichiers de {max} Mo ou plus ne peuvent pas être importés\u202f; une sauvegarde Roller Coach est bien plus petite.',
  'import.error.binary':
    'Ce n’est pas un fichier texte (on dirait une image, un PDF ou une archive). Choisissez une sauvegarde Roller Coach (.json) ou un export de séances (.csv).',
  'import.error.notJson':
    'Ce n’est pas une sauvegarde Roller Coach\u00a0: le fichier n’est pas au format JSON. Choisissez un fichier nommé roller-coach-backup-….json.',
  'import.error.notCsv':
    'Ce n’est pas un export de séances Roller Coach\u00a0: le fichier n’est pas séparé par des virgules. Choisissez un fichier nommé roller-coach-sessions-….csv.',
  'import.error.isCsv':
    'C’est un export de séances (CSV), pas une sauvegarde. Importez-le comme fichier CSV.',
  'import.error.isJson':
    'C’est un fichier JSON, pas un export de séances (CSV). Importez-le comme sauvegarde.',
  'import.error.truncated':
    'Le fichier s’arrête trop tôt\u00a0: il a sans doute été coupé pendant le téléchargement ou la copie. Exportez de nouveau la sauvegarde.',
  'import.error.json': 'Le fichier est endommagé ici\u00a0: ce n’est pas du JSON valide.',
  'import.error.notBackup': 'Ce fichier JSON n’est pas une sauvegarde Roller Coach.',
  'import.error.version': 'La version de sauvegarde «\u00a0{version}\u00a0» n’est pas un nombre entier.',
  'import.error.newerVersion':
    'Cette sauvegarde vient d’une version plus récente de Roller Coach (version {version}\u202f; celle-ci lit jusqu’à la version {supported}). Mettez à jour l’extension, puis importez de nouveau.',
  'import.error.oldVersion':
    'Cette sauvegarde est en version {version}, que ce Roller Coach ne sait plus lire.',
  'import.error.migration':
    'Impossible de convertir cette sauvegarde de la version {from} à la version {to}.',
  'import.error.field': '{problem}',
  'import.error.duplicateId':
    'L’identifiant «\u00a0{id}\u00a0» apparaît plusieurs fois dans le fichier\u202f; chaque enregistrement doit avoir le sien.',
  'import.error.future':
    'La date {value} est dans le futur. Vérifiez le fichier et l’horloge de l’ordinateur d’origine.',
  'import.error.forbiddenKey':
    'Ce nom n’est pas autorisé dans un fichier d’import (il pourrait servir à manipuler l’extension).',
  'import.error.tooManySessions':
    'Le fichier contient {count} séances\u202f; {max} au maximum peuvent être importées.',
  'import.error.tooManyAfterImport':
    'Après cet import, il y aurait {sessions} séances et {rollers} rouleaux\u202f; Roller Coach conserve au maximum {maxSessions} séances et {maxRollers} rouleaux.',
  'import.error.more': 'Problèmes non listés\u00a0: {count}.',
  'import.error.csv.unterminated': 'Un champ entre guillemets commence ici et n’est jamais fermé.',
  'import.error.csv.afterQuote':
    'Du texte suit un guillemet fermant (un guillemet dans un champ doit être doublé\u00a0: "").',
  'import.error.csv.strayQuote': 'Un champ contient un guillemet mais n’est pas entre guillemets.',
  'import.error.csv.duplicateColumn': 'La colonne «\u00a0{field}\u00a0» apparaît deux fois dans l’en-tête.',
  'import.error.csv.missingColumns': 'Il manque à l’en-tête la ou les colonnes\u00a0: {columns}.',
  'import.error.csv.fieldCount': 'Cette ligne a {found} champs\u202f; l’en-tête en a {expected}.',
  'import.error.csv.findings': 'Le détail des alertes est endommagé (ce n’est pas du JSON valide).',
  'import.error.mode': 'Choisissez fusionner ou remplacer.',
  'import.error.read': 'Impossible de lire vos données actuelles\u00a0: rien n’a été importé.',
  'import.error.write': 'Impossible d’enregistrer les données ({message}). Rien n’a été modifié.',
  'import.error.unexpected': 'Impossible de lire le fichier. Rien n’a été modifié.',
  'import.warning.migrated':
    'Cette sauvegarde vient d’une version plus ancienne (format {from}) et a été convertie au format {to}.',
  'import.warning.csv.unknownColumns':
    'Ces colonnes ne sont pas des colonnes Roller Coach et ont été ignorées\u00a0: {columns}.',
  'import.warning.csv.findingsDropped':
    'Séances avec avertissements mais sans colonne findings_detail\u00a0: {count}. Ces avertissements n’ont pas été importés.',
  'import.warning.csv.unknownRoller':
    'Aucun rouleau ne s’appelle «\u00a0{name}\u00a0»\u00a0: la séance est importée sans rouleau.',
  'import.warning.csv.ambiguousRoller':
    'Plusieurs rouleaux s’appellent «\u00a0{name}\u00a0»\u00a0: la séance est importée sans rouleau.',
  'import.warning.cleanup':
    'L’import a été enregistré, mais d’anciennes données n’ont pas pu être nettoyées. Elles ne sont pas affichées et sont sans effet.',
  'import.conflict.later.incoming':
    'Séance {id}\u00a0: la copie du fichier a été modifiée plus tard et remplace celle-ci.',
  'import.conflict.later.current':
    'Séance {id}\u00a0: la copie de ce navigateur a été modifiée plus tard et est conservée.',
  'import.conflict.tie':
    'Séance {id}\u00a0: les deux copies ont la même heure de modification\u202f; celle de ce navigateur est conservée.',
  'import.conflict.roller':
    'Rouleau {id}\u00a0: les deux copies diffèrent\u202f; celle de ce navigateur est conservée.',

  // Progress photos (issue 16, en-photos.ts).
  'photos.title': 'Photos de suivi',
  'photos.intro':
    'Les photos restent sur cet ordinateur, dans la base de données propre à ce navigateur (IndexedDB) ; elles ne sont jamais envoyées nulle part. Chacune est réduite (1600 px au plus) et enregistrée à nouveau ici, ce qui laisse de côté sa position (GPS), les données de l’appareil photo et les autres données cachées. Les photos montrent un changement ; elles ne le jugent pas. Ce n’est pas un avis médical.',
  'photos.add': 'Ajouter une photo',
  'photos.area': 'Zone',
  'photos.date': 'Date de la photo',
  'photos.session': 'Séance associée (facultatif)',
  'photos.session.none': 'Aucune',
  'photos.note': 'Note (facultatif)',
  'photos.keepOriginal':
    'Garder aussi le fichier original, inchangé (plus lourd, et avec les données de position que l’appareil y a écrites)',
  'photos.limits':
    'Fichiers JPEG, PNG, WebP, GIF ou AVIF jusqu’à {max} Mo. La copie enregistrée mesure au plus {side} px sur son plus grand côté.',
  'photos.file': 'Choisir un fichier photo',
  'photos.adding': 'Ajout de la photo…',
  'photos.added': 'Photo ajoutée : {area}, {date}.',
  'photos.deleted': 'La photo a été supprimée.',
  'photos.none': 'Pas encore de photos.',
  'photos.timeline': 'Chronologie par zone',
  'photos.sessionsBetween.one': '{count} séance entre ces photos',
  'photos.sessionsBetween.other': '{count} séances entre ces photos',
  'photos.linkedSession': 'Séance du {date}',
  'photos.linkedSessionGone': 'Sa séance a été supprimée.',
  'photos.originalKept': 'Le fichier original est gardé aussi.',
  'photos.delete': 'Supprimer',
  'photos.delete.label': 'Supprimer la photo de {area}, {date}',
  'photos.delete.confirm': 'Supprimer cette photo',
  'photos.alt': '{area}, {date}',
  'photos.missing': 'L’image de cette photo manque.',
  'count.photos.one': '{count} photo',
  'count.photos.other': '{count} photos',
  'photos.damaged.one': '{count} photo enregistrée n’a pas pu être lue. Elle est gardée, pas supprimée.',
  'photos.damaged.other':
    '{count} photos enregistrées n’ont pas pu être lues. Elles sont gardées, pas supprimées.',
  'photos.camera.start': 'Utiliser la caméra',
  'photos.camera.take': 'Prendre la photo',
  'photos.camera.stop': 'Arrêter la caméra',
  'photos.camera.preview': 'Aperçu de la caméra',
  'photos.camera.unsupported':
    'La caméra ne peut pas être utilisée sur cette page dans ce navigateur. Prenez la photo avec l’app de l’appareil photo et ajoutez le fichier.',
  'photos.camera.denied':
    'Le navigateur n’a pas autorisé la caméra sur cette page. Ajoutez plutôt une photo depuis un fichier.',
  'photos.camera.none': 'Aucune caméra trouvée. Ajoutez plutôt une photo depuis un fichier.',
  'photos.camera.failed': 'La caméra n’a pas pu démarrer. Ajoutez plutôt une photo depuis un fichier.',
  'photos.compare.open': 'Comparer deux photos',
  'photos.compare.close': 'Fermer la comparaison',
  'photos.compare.title': 'Comparer',
  'photos.compare.needTwo': 'Une zone doit avoir au moins deux photos pour les comparer.',
  'photos.compare.earlier': 'Photo plus ancienne',
  'photos.compare.later': 'Photo plus récente',
  'photos.compare.mode': 'Afficher',
  'photos.compare.side': 'Côte à côte',
  'photos.compare.slider': 'L’une sur l’autre, avec un curseur',
  'photos.compare.summary':
    '{area} : {earlier} et {later}, à {days} jours d’écart, {sessions} entre les deux.',
  'photos.compare.earlierCaption': 'Avant : {photo}',
  'photos.compare.laterCaption': 'Après : {photo}',
  'photos.compare.sliderLabel': 'Part visible de la photo plus récente',
  'photos.compare.sliderValue':
    '{percent} % photo plus récente ({later}), le reste photo plus ancienne ({earlier})',
  'photos.compare.sliderCaption': 'À gauche : plus ancienne, {earlier}. À droite : plus récente, {later}.',
  'photos.compare.sessions': 'Les séances entre les deux',
  'photos.error.notImage':
    'Ce fichier n’est pas une image. Choisissez une photo (JPEG, PNG, WebP, GIF ou AVIF). Rien n’a été enregistré.',
  'photos.error.heic':
    'C’est une photo HEIC, que ce navigateur ne sait pas lire. Exportez-la en JPEG (la plupart des téléphones le font) et ajoutez celle-ci. Rien n’a été enregistré.',
  'photos.error.empty': 'Le fichier est vide. Rien n’a été enregistré.',
  'photos.error.tooLarge':
    'Le fichier fait {size} Mo ; on peut ajouter des photos jusqu’à {max} Mo. Rien n’a été enregistré.',
  'photos.error.tooManyPixels':
    'L’image a environ {megapixels} mégapixels ; on peut en ajouter jusqu’à {max}. Rien n’a été enregistré.',
  'photos.error.undecodable':
    'Cette image n’a pas pu être lue (elle est peut-être abîmée). Rien n’a été enregistré.',
  'photos.error.date': 'Indiquez la date de la photo (aujourd’hui ou avant).',
  'photos.error.quota':
    'Il n’y a pas assez de place sur cet ordinateur pour la photo (le stockage du navigateur est plein). Rien n’a été enregistré. Supprimez quelques photos ou libérez de l’espace disque, puis réessayez.',
  'photos.error.write': 'La photo n’a pas pu être enregistrée ({message}). Rien n’a été enregistré.',
  'photos.error.storeOpen': 'Le stockage des photos n’a pas pu être ouvert : {message}',
  'photos.error.storeOpenKept':
    'Vos photos n’ont pas été supprimées : Roller Coach n’a pas remplacé le stockage par un stockage vide. Rechargez la page ou redémarrez le navigateur ; si cela persiste, libérez de l’espace disque.',
  'photos.backup.tick': 'Enregistrer aussi mes photos (un fichier à part, à côté de la sauvegarde)',
  'photos.backup.size': 'Le fichier de photos contiendra {photos} et fera environ {size} Mo.',
  'photos.backup.sizeError': 'La taille du fichier de photos est inconnue : {message}',
  'photos.backup.failed': 'Le fichier de photos n’a pas pu être écrit : {message}',
  'photos.import.done': 'Photos restaurées : {count}.',
  'photos.import.notPhotos': 'Ce n’est pas un fichier de photos de Roller Coach.',
  'photos.import.version':
    'Ce fichier de photos a la version « {version} », que ce Roller Coach ne sait pas lire.',
  'photos.import.line': 'Le fichier de photos est abîmé à la ligne {line}. Aucune photo n’a été restaurée.',
  'photos.import.count':
    'Le fichier de photos devrait contenir {expected} photos mais en contient {found} : il a sans doute été coupé. Aucune photo n’a été restaurée.',
  'photos.import.write':
    'Les photos n’ont pas pu être enregistrées ({message}). Aucune photo n’a été restaurée.',
  'photos.deleteAllFailed':
    'Vos autres données ont été supprimées, mais pas les photos : {message}. Réessayez après avoir rechargé la page.',
  'report.photos.tick': 'Ajouter des photos de suivi au rapport (une page d’annexe)',
  'report.photos.none': 'Aucune zone n’a encore deux photos.',
  'report.photos.before': 'Avant',
  'report.photos.latest': 'La plus récente',
  'report.photos.title': 'Annexe : photos de suivi',
  'report.photos.intro':
    'Prises par le patient à domicile ; réduites. Déclaré par le patient, ce n’est pas un avis médical.',
  'report.photos.beforeCaption': 'Avant : {photo}',
  'report.photos.latestCaption': 'La plus récente : {photo}',
  'privacy.what.photos':
    'Les photos de suivi, seulement si vous en ajoutez : gardées dans la base IndexedDB de ce navigateur, sur cet ordinateur, réduites à 1600 px au plus et enregistrées à nouveau sans données de position ni d’appareil photo. Supprimez-en une depuis sa chronologie, ou toutes avec « Supprimer toutes les données ».',
  'privacy.photos': 'Photos',
  'privacy.photosText':
    'Les photos ne quittent jamais cet ordinateur : rien n’est envoyé, et le rapport ne les imprime que si vous le cochez. Elles n’entrent dans une sauvegarde que si vous cochez « Enregistrer aussi mes photos », dans un fichier à part que vous gardez. Désinstaller l’extension ou « Supprimer toutes les données » les supprime.',
  // The dermatologist report (en-report.ts).
  'report.title': 'Journal de microneedling pour mon dermatologue',
  'report.pageTitle': 'Rapport Roller Coach',
  'options.reportLink': 'Rapport Roller Coach',
  'report.range': 'Séances du {from} au {to}',
  'report.generated': 'Établi le {date} avec Roller Coach.',
  'report.selfReported': 'Données déclarées par le patient, pas un avis médical.',
  'report.rangeLabel': 'Période',
  'report.range.3': '3 derniers mois',
  'report.range.6': '6 derniers mois',
  'report.range.12': '12 derniers mois',
  'report.range.all': 'Tout',
  'report.range.custom': 'Personnalisée',
  'report.print': 'Imprimer ou enregistrer en PDF',
  'report.profile': 'Profil et réponses',
  'report.profile.none': 'Aucune réponse «\u00a0oui\u00a0» aux contre-indications.',
  'report.profile.age': 'Tranche d’âge\u00a0: {value}',
  'report.profile.skinType': 'Phototype (Fitzpatrick, auto-évalué)\u00a0: {value}',
  'report.profile.areas': 'Zones traitées\u00a0: {value}',
  'report.profile.lastDose': 'dernière prise le {date}',
  'report.profile.onlyAreas': 'zones\u00a0: {areas}',
  'report.devices': 'Appareils',
  'report.devices.none': 'Aucun appareil enregistré.',
  'report.devices.worn': 'à remplacer',
  'report.summary': 'Synthèse par zone',
  'report.col.area': 'Zone',
  'report.col.sessions': 'Séances',
  'report.col.lengths': 'Longueurs d’aiguille',
  'report.col.shortest': 'Intervalle le plus court (jours)',
  'report.col.median': 'Intervalle médian (jours)',
  'report.col.rule': 'Règle (jours)',
  'report.col.short': 'Intervalles plus courts que la règle',
  'report.warnings': 'Avertissements affichés à l’enregistrement',
  'report.warnings.none': 'Aucun avertissement affiché.',
  'report.col.warning': 'Avertissement',
  'report.col.shown': 'Affiché',
  'report.col.acknowledged': 'Confirmé',
  'report.loosened': 'Règles assouplies par l’utilisateur par rapport aux valeurs par défaut',
  'report.loosened.none': 'Aucune règle assouplie.',
  'report.loosened.row': '{rule} (par défaut\u00a0: {default})',
  'report.sessions.none': 'Aucune séance sur cette période.',
  'report.col.when': 'Date',
  'report.col.needle': 'Aiguille',
  'report.col.device': 'Appareil',
  'report.col.pain': 'Douleur',
  'report.col.sideEffects': 'Effets indésirables, notes',
  'report.col.findings': 'Avertissements (lus\u202f?)',
  'report.kind.short': 'Rapport court\u00a0: cette page constitue tout le rapport.',
  'report.kind.complete':
    'Rapport complet\u00a0: cette page de synthèse, puis une annexe avec toutes les séances ({count}).',
  'report.appendixToggle': 'Inclure l’annexe (toutes les séances de la période)',
  'report.appendix': 'Annexe\u00a0: toutes les séances de la période ({count})',
  'report.appendix.onScreen':
    'Affichées ici\u00a0: les {shown} premières séances sur {count}. L’impression et le PDF les contiennent toutes.',
  'report.appendix.more': 'Afficher {count} de plus',
  'report.appendix.all': 'Afficher les {count}',
  'report.paper': 'Papier',
  'report.paper.a4': 'A4 (210 × 297\u00a0mm)',
  'report.paper.letter': 'Lettre US',
  'report.answers.yes': 'Concerné\u00a0: {list}',
  'report.answers.no': 'Réponse non\u00a0: {list}',
  'report.answers.unanswered': 'Sans réponse\u00a0: {list}',
  'report.answers.reviewed': 'Réponses vérifiées pour la dernière fois le {date}.',
  'report.profile.goals': 'Objectifs\u00a0: {value}',
  'report.devices.firstUse': 'première utilisation le {date}',
  'report.devices.uses': '{uses} utilisations',
  'report.devices.cleaning': 'nettoyé avec {value}',
  'report.devices.replaced': 'remplacé le {date}',
  'report.spacingAlt':
    'Séances sur une frise chronologique par zone\u202f; un intervalle plus court que la règle est tracé en gras et marqué d’un !',
  'report.spacing.row': '{area}\u00a0: {sessions}, {short}.',
  'report.spacing.sessions.one': '{count} séance',
  'report.spacing.sessions.other': '{count} séances',
  'report.spacing.short.one': '{count} intervalle plus court que la règle',
  'report.spacing.short.other': '{count} intervalles plus courts que la règle',
  'report.spacing.legend.gap': 'intervalle entre les séances',
  'report.spacing.legend.short': 'intervalle plus court que la règle',
  'report.spacing.table': 'Intervalles sous forme de tableau',
  'report.col.gap': 'Intervalle (jours)',
  'report.redness': 'rougeur {hours}\u00a0h',
  'report.col.before': 'Produits avant',
  'report.col.after': 'Produits après',
  'report.col.aftercare': 'Soins post-séance suivis',
  'report.aftercare.none': 'aucun',
  'report.aftercare.kept': '{count} consignes',
  'report.attention': 'Effets indésirables qui demandent de l’attention',
  'report.attention.none':
    'Rien d’enregistré\u00a0: aucun saignement abondant, aucune rougeur de plus de 48 heures, aucun effet «\u00a0consultez un médecin\u00a0».',
  'report.attention.unrecorded':
    'Rien d’enregistré, mais tout n’a pas été noté. Séances sans saignement noté\u00a0: {bleeding} sur {total}\u00a0; sans rougeur notée\u00a0: {redness} sur {total}.',
  'report.attention.unrecorded.bleeding':
    'Rien d’enregistré, mais tout n’a pas été noté. Séances sans saignement noté\u00a0: {bleeding} sur {total}.',
  'report.attention.unrecorded.redness':
    'Rien d’enregistré, mais tout n’a pas été noté. Séances sans rougeur notée\u00a0: {redness} sur {total}.',
  'report.products': 'Produits sur la peau traitée',
  'report.products.none':
    'Aucun produit noté sur cette période ne correspond à un actif ni à un ingrédient non adapté à une peau lésée.',
  'report.products.row':
    '«\u00a0{product}\u00a0»\u00a0: {concern} (correspondance\u00a0: «\u00a0{matched}\u00a0»), {count} séances, la dernière le {date}',
  'report.products.unverified':
    'Non connus comme adaptés à une peau lésée (rien de reconnu, non marqués)\u00a0: {list}',
  'report.products.note':
    'Vérifié d’après les noms des produits tels qu’ils ont été notés. L’absence de correspondance ne signifie pas qu’un produit convient à la peau traitée.',
  'report.code.contraindication': 'contre-indication dans le profil',
  'report.code.isotretinoin': 'période d’isotrétinoïne',
  'report.code.precheck': 'peau pas prête (vérification avant séance)',
  'report.code.too-soon': 'trop tôt pour la zone',
  'report.code.after-effects-unrecorded': 'saignement ou rougeur non notés, attente plus longue possible',
  'report.code.weekly-cap': 'au-delà de la limite hebdomadaire',
  'report.code.needle-not-for-home': 'aiguille de plus de 0,5\u00a0mm',
  'report.code.needle-professional': 'aiguille de 1,0\u00a0mm ou plus',
  'report.code.needle-do-not-use': 'aiguille de 2,0\u00a0mm ou plus',
  'report.code.caution-band': 'aiguille à la limite haute de l’usage à domicile',
  'report.code.first-caution-session': 'première séance au-delà de 0,25\u00a0mm',
  'report.code.roller-worn-uses': 'rouleau au-delà de ses utilisations',
  'report.code.roller-worn-age': 'rouleau au-delà de son âge limite',
  'report.code.roller-retired': 'rouleau retiré utilisé',
  'report.code.pen-cartridge': 'rappel sur la cartouche du stylo',
  'report.code.ask-doctor': 'affection à discuter avec un médecin',
  'report.code.recent-procedure': 'peeling, laser ou injection récents',
  'report.code.under-22': 'moins de 22 ans',
  'report.code.rule-loosened': 'règle assouplie appliquée',
  'report.code.safety-unanswered': 'questions de sécurité sans réponse',
  'report.code.safety-stale': 'réponses de sécurité datant de plus de 6 mois',
  'report.code.side-effect-see-doctor': 'effet indésirable nécessitant un médecin',
  'report.code.cosmetic-bleeding': 'saignement avec un rouleau de 0,25\u00a0mm ou moins',
  'report.code.product-active': 'un actif sur la peau traitée dans les 7 jours',
  'report.code.product-broken-skin': 'un produit non adapté à une peau lésée',
  'report.code.product-unverified': 'un produit non connu comme adapté à une peau lésée',
  'report.yes': 'oui',
  'report.no': 'non',

  'source.short.clinic-aftercare': 'Fiches de soins des cliniques',
  'source.short.roller-coach-proposal': 'Proposition de Roller Coach',
  'source.citation.clinic-aftercare':
    'Fiches de soins post-séance des cliniques (faible autorité ; les durées les plus prudentes ont été retenues).',
  'source.short.seed-documents': 'Questionnaires d’admission des cliniques',
  'source.short.hygiene-consensus': 'Consensus de cliniques et de blogs',
  'source.citation.seed-documents':
    'Listes de contre-indications des questionnaires d’admission des cliniques et documents de départ de ce projet (pas d’étude clinique\u202f; faible autorité).',
  'source.citation.hygiene-consensus':
    'Consensus de cliniques et de blogs sur le nettoyage des rouleaux à domicile (faible autorité\u202f; il n’existe aucun protocole évalué par des pairs). Cela désinfecte, sans stériliser.',
  'source.citation.roller-coach-proposal':
    'Aucune source ne donne de chiffre : valeur prudente choisie par Roller Coach. Ce n’est pas une donnée clinique.',
  'checkPage.title': 'Cette page',
  'checkPage.button': 'Vérifier cette page de boutique',
  'checkPage.always': 'Toujours vérifier cette boutique',
  'checkPage.result.card': 'Un produit de microneedling : sa fiche de sécurité est sur la page.',
  'checkPage.result.turned-off':
    'La fiche de sécurité est désactivée pour cette page ou cette boutique (voir les réglages).',
  'checkPage.result.not-a-device': 'Cette page ne vend ni roller ni stylo de microneedling.',
  'checkPage.result.not-a-product': 'Aucun produit trouvé sur cette page.',
  'checkPage.result.not-checked':
    'Roller Coach n’a pas pu vérifier cette page. Réessayez ou rechargez la page.',
  'checkPage.result.failed': 'Cette page ne peut pas être vérifiée (le navigateur ne le permet pas).',
  'app.name': 'Roller Coach',
  'app.tagline': 'Votre coach pour le dermaroller à domicile',
  'app.notMedicalAdvice':
    'Roller Coach n’est pas un dispositif médical et ne donne aucun avis médical. Pour votre peau, consultez un dermatologue.',
  'app.privacy': 'Tout reste sur cet ordinateur. Ni compte, ni statistiques, ni requêtes réseau.',
  'app.loading': 'Chargement…',
  'app.loadError': 'Impossible de lire vos données\u00a0: {message}',
  'app.quarantine.one':
    '{count} enregistrement n’a pas pu être lu. Il a été mis de côté sans modification\u202f; rien d’autre n’a été perdu.',
  'app.quarantine.other':
    '{count} enregistrements n’ont pas pu être lus. Ils ont été mis de côté sans modification\u202f; rien d’autre n’a été perdu.',

  'app.quarantine.discard': 'Supprimer ce qui a été mis de côté',

  // Data set aside, storage full, backup reminder, permissions (issue 14).
  'aside.notice':
    'Roller Coach n’a pas pu lire {what}\u00a0: cela a été mis de côté sans modification, et rien d’autre n’a été perdu.',
  'aside.notice.link': 'Voir ce qui a été mis de côté',
  'aside.part.profile.one': '{count} élément de votre profil de sécurité',
  'aside.part.profile.other': '{count} éléments de votre profil de sécurité',
  'aside.part.settings.one': '{count} réglage',
  'aside.part.settings.other': '{count} réglages',
  'aside.part.rollers.one': '{count} donnée de roller',
  'aside.part.rollers.other': '{count} données de rollers',
  'aside.part.sessions.one': '{count} séance',
  'aside.part.sessions.other': '{count} séances',
  'aside.part.month.one': '{count} mois entier de séances',
  'aside.part.month.other': '{count} mois entiers de séances',
  'aside.part.index.one': '{count} entrée de la liste des mois',
  'aside.part.index.other': '{count} entrées de la liste des mois',
  'aside.part.backup.one': '{count} donnée du rappel de sauvegarde',
  'aside.part.backup.other': '{count} données du rappel de sauvegarde',
  'aside.part.other.one': '{count} autre valeur stockée',
  'aside.part.other.other': '{count} autres valeurs stockées',
  'aside.whole.profile': 'votre profil de sécurité',
  'aside.whole.settings': 'vos réglages',
  'aside.whole.rollers': 'votre liste de rollers',
  'aside.whole.index': 'la liste des mois avec séances',
  'aside.whole.backup': 'le rappel de sauvegarde',
  'aside.title': 'Mis de côté\u00a0: données stockées illisibles',
  'aside.intro':
    'Roller Coach n’a pas pu lire ces valeurs stockées\u00a0: il les a laissées de côté et les conserve ici sans modification. Tout le reste a été gardé. Téléchargez-les pour en garder une copie, ou supprimez-les.',
  'aside.col.record': 'Enregistrement',
  'aside.col.field': 'Champ',
  'aside.col.why': 'Raison',
  'aside.col.value': 'Valeur stockée',
  'aside.record.profile': 'Profil de sécurité',
  'aside.record.settings': 'Réglages',
  'aside.record.backup': 'Rappel de sauvegarde',
  'aside.record.index': 'Liste des mois avec séances',
  'aside.record.rollers': 'Rollers (toute la liste)',
  'aside.record.roller': 'Roller {n}',
  'aside.record.rollerNamed': 'Roller {n} ({name})',
  'aside.record.month': 'Séances de {month} (le mois entier)',
  'aside.record.session': 'Séance {n} de {month}',
  'aside.record.sessionAt': 'Séance du {date}',
  'aside.record.other': 'Autres données stockées ({key})',
  'aside.field.whole': 'L’enregistrement entier',
  'aside.field.item': 'entrée {n}',
  'aside.field.ageBand': 'Âge',
  'aside.field.skinType': 'Type de peau',
  'aside.field.goals': 'Objectifs',
  'aside.field.areas': 'Zones traitées',
  'aside.field.conditions': 'Questions de santé',
  'aside.field.onboardedAt': 'Date de configuration',
  'aside.field.present': 'Réponse',
  'aside.field.date': 'Date',
  'aside.field.updatedAt': 'Dernière modification',
  'aside.field.ruleOverrides': 'Règles modifiées',
  'aside.field.notifications': 'Notifications',
  'aside.field.locale': 'Langue',
  'aside.field.theme': 'Thème',
  'aside.field.card': 'Carte en boutique',
  'aside.field.name': 'Nom',
  'aside.field.kind': 'Type',
  'aside.field.needleMm': 'Longueur d’aiguille',
  'aside.field.needleCount': 'Nombre d’aiguilles',
  'aside.field.material': 'Matériau des aiguilles',
  'aside.field.firstUse': 'Première utilisation',
  'aside.field.retired': 'Retiré',
  'aside.field.createdAt': 'Ajouté le',
  'aside.field.months': 'Mois',
  'aside.field.lastAt': 'Dernière sauvegarde',
  'aside.field.sessionsAtLast': 'Séances à la dernière sauvegarde',
  'aside.field.snoozedUntil': 'Rappel reporté jusqu’au',
  'aside.field.off': 'Rappel désactivé',
  'aside.download': 'Télécharger ce qui a été mis de côté (JSON)',
  'aside.discarded': 'Ce qui avait été mis de côté a été supprimé.',
  'errors.month': 'Ce n’est pas un mois (il devrait s’écrire comme 2026-11).',
  'errors.unknownField':
    'Cette version de Roller Coach ne connaît pas ce champ (une version plus récente l’a peut-être écrit).',
  'storage.notSaved': 'Rien n’a été enregistré\u00a0: {reason}',
  'storage.full':
    'l’espace de stockage du navigateur pour Roller Coach est plein (Chrome autorise environ 10 Mo). Téléchargez une sauvegarde, puis faites de la place\u00a0: supprimez d’anciennes séances dans l’historique, ou supprimez ce qui a été mis de côté dans Vos données.',
  'storage.refused': 'le navigateur a refusé de l’enregistrer ({message}).',
  'import.error.storageFull':
    'Rien n’a été importé ni modifié\u00a0: l’espace de stockage du navigateur pour Roller Coach est plein (environ 10 Mo). Faites de la place (supprimez d’anciennes séances ou ce qui a été mis de côté), puis importez à nouveau.',
  'backupReminder.label': 'Rappel de sauvegarde',
  'backupReminder.never': 'Vous avez {sessions} et encore aucune sauvegarde.',
  'backupReminder.days.one': 'Aucune sauvegarde depuis {count} jour.',
  'backupReminder.days.other': 'Aucune sauvegarde depuis {count} jours.',
  'backupReminder.sessions.one': '{count} séance depuis votre dernière sauvegarde.',
  'backupReminder.sessions.other': '{count} séances depuis votre dernière sauvegarde.',
  'backupReminder.why':
    'Vos données ne sont que dans ce navigateur et disparaissent avec une désinstallation.',
  'backupReminder.now': 'Télécharger une sauvegarde',
  'backupReminder.later.one': 'Plus tard (dans {count} jour)',
  'backupReminder.later.other': 'Plus tard (dans {count} jours)',
  'backupReminder.off': 'Désactiver ces rappels',
  'backupReminder.done': 'Sauvegarde téléchargée. Gardez aussi le fichier ailleurs que sur cet ordinateur.',
  'backup.none': 'Aucune sauvegarde téléchargée pour l’instant.',
  'backup.last': 'Dernière sauvegarde téléchargée\u00a0: {date}.',
  'backup.remind': 'Me rappeler de télécharger une sauvegarde (après 60 jours ou 50 séances)',
  'backup.storageUse':
    'Stockage utilisé\u00a0: {used} Mo sur les {quota} Mo que le navigateur accorde à Roller Coach.',
  'backup.storageUseKb':
    'Stockage utilisé\u00a0: {used} Ko sur les {quota} Mo que le navigateur accorde à Roller Coach.',
  'privacy.perm.required': 'Demandé à l’installation',
  'privacy.perm.optional': 'Demandé seulement quand vous activez une fonction',
  'privacy.perm.scripting': 'Scripts',
  'privacy.perm.scripting.why':
    'Pour afficher la carte de sécurité sur la page d’une boutique prise en charge, seulement après que le petit détecteur y a trouvé un produit de microneedling\u00a0; et pour vérifier une page quand vous cliquez sur «\u00a0Vérifier cette page\u00a0».',
  'privacy.perm.optionalHosts': 'Toute autre boutique (seulement celle que vous autorisez)',
  'privacy.perm.optionalHosts.why':
    'Quand vous choisissez «\u00a0Toujours vérifier cette boutique\u00a0», Roller Coach demande au navigateur ce seul site, et le navigateur vous le demande d’abord.',
  'privacy.hosts.count.one': '{count} adresse de boutiques prises en charge\u00a0:',
  'privacy.hosts.count.other': '{count} adresses de boutiques prises en charge\u00a0:',
  'privacy.storageLimit': 'Limite de stockage',
  'privacy.storageLimitText':
    'Roller Coach ne demande pas de stockage illimité. Le navigateur lui accorde environ 10 Mo, de quoi garder des dizaines de milliers de séances. Si cet espace était un jour plein, Roller Coach le dit, n’enregistre rien à moitié, et vous pouvez télécharger une sauvegarde et supprimer d’anciennes séances.',

  actionTitle: 'Roller Coach\u00a0: notez une séance, voyez quand c’est possible',
  'badge.days': '{days}j',
  'badge.title.block':
    'Roller Coach\u00a0: une contre-indication ou un effet indésirable s’applique. Pas de séance.',
  'badge.title.wait.one': 'Roller Coach\u00a0: prochaine zone possible dans {count} jour',
  'badge.title.wait.other': 'Roller Coach\u00a0: prochaine zone possible dans {count} jours',
  'badge.title.ready':
    'Roller Coach\u00a0: une séance est possible sur une zone (aucune règle ne l’empêche, aucun avertissement ne s’applique)',
  'notify.aftercareOver': 'Consigne post-séance terminée\u00a0: {item}.',

  'privacy.title': 'Roller Coach\u00a0: confidentialité',
  'privacy.link': 'Confidentialité et autorisations',
  'privacy.where': 'Ce qui est stocké, et où',
  'privacy.whereText':
    'Tout ce que vous saisissez reste dans le stockage des extensions de ce navigateur, sur cet ordinateur. Rien n’est envoyé nulle part.',
  'privacy.what.rollers': 'Vos rouleaux\u00a0: nom, type, longueur d’aiguille, première utilisation.',
  'privacy.what.sessions':
    'Vos séances\u00a0: date, zone, longueur d’aiguille, saignement, douleur, produits, notes et avertissements affichés.',
  'privacy.what.profile':
    'Votre profil de sécurité\u00a0: les réponses aux questions sur les contre-indications, avec les dates indiquées.',
  'privacy.what.settings':
    'Vos réglages\u00a0: modifications des règles, notifications, langue, thème, sites où la fiche boutique est désactivée.',
  'privacy.what.derived':
    'Des copies tirées de ce qui précède, pour que la fenêtre s’ouvre aussitôt\u00a0: un résumé de vos séances récentes et l’état affiché en dernier. Elles sont refaites à partir de vos données au besoin et supprimées avec elles.',
  'privacy.howLong': 'Pendant combien de temps',
  'privacy.howLongText':
    'Jusqu’à ce que vous les supprimiez (Réglages, Vos données, Supprimer toutes les données) ou désinstalliez l’extension, ce qui supprime tout. Les exports sont des fichiers que vous enregistrez vous-même.',
  'privacy.network': 'Réseau',
  'privacy.networkText':
    'Roller Coach n’effectue aucune requête réseau\u00a0: ni compte, ni statistiques, ni publicité, ni code distant. Sur les boutiques, il lit seulement la page pour trouver les longueurs d’aiguille\u202f; il ne modifie jamais les liens.',
  'privacy.permissions': 'Autorisations et leur raison',
  'privacy.perm.storage': 'Stockage',
  'privacy.perm.storage.why': 'Pour conserver votre historique et vos réglages sur cet ordinateur.',
  'privacy.perm.alarms': 'Alarmes',
  'privacy.perm.alarms.why':
    'Pour mettre à jour le badge de la barre d’outils quand une séance redevient possible sur une zone, même après un redémarrage du navigateur.',
  'privacy.perm.notifications': 'Notifications (seulement si vous les activez)',
  'privacy.perm.notifications.why':
    'Pour vous prévenir quand une séance redevient possible sur une zone (aucune règle ne l’empêche, aucun avertissement ne s’applique) ou qu’une consigne post-séance se termine. Désactivées par défaut.',
  'privacy.perm.activeTab': 'Onglet actif (seulement quand vous cliquez)',
  'privacy.perm.activeTab.why':
    'Pour vérifier, à votre demande, la page de boutique affichée, sur les sites sans autorisation permanente.',
  'privacy.perm.hosts': 'Boutiques prises en charge',
  'privacy.perm.hosts.why':
    'Pour afficher la fiche de sécurité sur les pages produit des boutiques prises en charge. Elle lit la page et transmet le texte de l’annonce à l’arrière-plan de Roller Coach, sur cet ordinateur\u202f; rien ne part sur le réseau.',
  'privacy.webAccessible':
    'Dans Chrome, un fichier est ouvert aux pages des boutiques prises en charge : le script de la carte de sécurité lui-même, que le petit détecteur charge depuis l’extension (Chrome le garde prêt d’une page à l’autre, la carte coûte ainsi moins à la page). Il ne contient aucune donnée, et son adresse change à chaque session du navigateur : une page ne peut donc pas s’en servir pour savoir que Roller Coach est installé.',

  'data.export': 'Exporter',
  'data.exportJson': 'Télécharger une sauvegarde (JSON)',
  'data.exportCsv': 'Télécharger les séances (CSV, pour tableur)',
  'data.openReport': 'Ouvrir le rapport pour votre dermatologue',
  'data.import': 'Importer',
  'data.importIntro':
    'Une sauvegarde Roller Coach (.json) ou un export de séances (.csv). Rien ne change tant que vous n’avez pas choisi fusionner ou remplacer.',
  'data.importFile': 'Choisir un fichier',
  'data.importRefused': 'Ce fichier n’a pas été importé et rien n’a été modifié\u00a0:',
  'data.previewTitle': 'Prêt à importer {name}',
  'data.previewSessions':
    'Séances dans le fichier\u00a0: {incoming} ({added} nouvelles, {identical} déjà présentes, {conflicts} différentes de la copie ici)',
  'data.previewRollers':
    'Rouleaux dans le fichier\u00a0: {incoming} ({added} nouveaux, {identical} déjà présents, {conflicts} différents)',
  'data.previewProfile':
    'Le profil ou les réglages du fichier diffèrent des vôtres\u00a0: fusionner garde les vôtres\u202f; remplacer prend ceux du fichier.',
  'data.mergeOrReplace':
    'Fusionner garde tout ce qui est ici et ajoute les nouveautés (pour une même séance, la modification la plus récente l’emporte). Remplacer donne à ce navigateur exactement le contenu du fichier.',
  'data.merge': 'Fusionner ({sessions} séances ensuite)',
  'data.replace': 'Remplacer ({sessions} séances ensuite)',
  'data.imported': 'Importé\u00a0: vous avez maintenant {sessions} séances et {rollers} rouleaux.',
  'data.exportFirst': 'Téléchargez d’abord une sauvegarde',

  'popup.title': 'Roller Coach',
  'popup.status': 'Vos zones',
  'popup.noAreas':
    'Aucune zone pour l’instant. Configurez votre rouleau et les zones traitées pour savoir quand chacune sera de nouveau possible.',
  'popup.setup': 'Configurer',
  'popup.openOptions': 'Réglages et historique',
  'popup.inDays.one': 'dans {count} jour',
  'popup.inDays.other': 'dans {count} jours',
  'popup.inHours.one': 'dans {count} heure',
  'popup.inHours.other': 'dans {count} heures',
  'popup.lastSession': 'Dernière\u00a0: {date}, {mm}',
  'popup.neverRolled': 'Aucune séance encore',
  'popup.sessions.one': '{count} séance enregistrée',
  'popup.sessions.other': '{count} séances enregistrées',

  'popup.back': 'Retour',
  'popup.logNow': 'Je viens de faire une séance',
  'popup.checkNow': 'Puis-je faire une séance\u202f?',
  'popup.countdown': 'dans {days} j {hours} h',
  'popup.countdownHours': 'dans {hours} h',
  'popup.rollerWorn': 'Votre rouleau «\u00a0{roller}\u00a0» doit être remplacé.',
  'popup.aftercareActive': 'Soins post-séance en cours',

  'log.title': 'Noter une séance',
  'log.areas': 'Zones traitées',
  'log.areasHint': 'Chaque zone a sa propre séance et son propre calendrier.',
  'log.forbiddenAreas': 'Où ne faut-il jamais passer le rouleau\u202f?',
  'log.roller': 'Rouleau',
  'log.noRoller': 'Absent de la liste',
  'log.needle': 'Longueur d’aiguille (mm)',
  'log.depth': 'Profondeur du stylo utilisée (mm)',
  'log.when': 'Quand',
  'log.whenNow': 'À l’instant',
  'log.whenEarlier': 'Plus tôt\u00a0:',
  'log.bleeding': 'Saignement',
  'log.bleeding.unrecorded': 'Non renseigné',
  'log.bleeding.none': 'Aucun',
  'log.bleeding.pinpoint': 'Ponctuel',
  'log.bleeding.more': 'Plus',
  'log.pain': 'Douleur (0–10)',
  'log.notes': 'Notes',
  'log.more': 'Plus de détails',
  'log.save': 'Enregistrer la séance',
  'log.saveMany.one': 'Enregistrer {count} séance',
  'log.saveMany.other': 'Enregistrer {count} séances',
  'log.pickArea': 'Choisissez au moins une zone.',
  'log.saveFailed': 'Rien n’a été enregistré\u00a0: {reason}',

  'saved.title.one': 'Séance enregistrée',
  'saved.title.other': '{count} séances enregistrées',
  'saved.undo': 'Annuler',
  'saved.undone': 'Supprimé. Rien n’a été conservé.',
  'saved.findings': 'Ce que Roller Coach a relevé',
  'saved.acknowledge': 'J’ai lu',
  'saved.acknowledged': 'Lu le {date}',
  'saved.aftercare': 'Soins post-séance',
  'saved.done': 'Terminé',

  'check.title': 'Puis-je faire une séance\u202f?',
  'check.area': 'Zone',
  'check.roller': 'Rouleau',
  'check.questions': 'En ce moment, sur cette zone\u00a0:',
  'check.noneApplies': 'Rien de tout cela',
  'check.answerFirst':
    'Répondez d’abord à la vérification rapide\u00a0: cochez ce qui s’applique maintenant, ou «\u00a0Rien de tout cela\u00a0».',
  'check.seeDoctor': 'Consultez un dermatologue avant toute nouvelle séance.',

  'precheck.breakout-or-infection':
    'Une poussée de boutons, un bouton de fièvre, des verrues ou une autre infection',
  'precheck.wound-or-sunburn': 'Un coup de soleil, une plaie, des lésions ou une peau irritée',
  'precheck.actives-48h': 'Un rétinoïde ou un exfoliant acide (AHA/BHA) dans les dernières 48 heures',
  'precheck.redness-from-last-time': 'La rougeur de la dernière séance est encore là',

  'finding.severity.block': 'Arrêt',
  'finding.severity.warn': 'Attention',
  'finding.severity.info': 'Remarque',
  'finding.rule': 'Règle',
  'finding.source': 'Source',
  'finding.proposal': 'une proposition de Roller Coach, pas une donnée clinique',
  'finding.contraindication':
    'Votre profil indique {condition}. Pas de séance\u202f; consultez un dermatologue.',
  'finding.ask-doctor': 'Votre profil indique {condition}. Demandez l’avis d’un médecin avant toute séance.',
  'finding.isotretinoin':
    'L’isotrétinoïne (actuelle ou dans les {months} derniers mois) ralentit la cicatrisation\u00a0: pas de séance avant le {until}. Demandez à votre dermatologue.',
  'finding.isotretinoinNow':
    'Vous prenez de l’isotrétinoïne\u00a0: pas de séance pendant le traitement ni dans les {months} mois suivant la dernière prise. Demandez à votre dermatologue.',
  'finding.precheck.block':
    '{check}\u00a0: pas de séance sur cette zone maintenant. Consultez un dermatologue si cela ne disparaît pas.',
  'finding.too-soon':
    'Trop tôt pour cette zone\u00a0: {mm} exige {days} jours entre deux séances ici\u202f; votre séance du {previous} est trop récente.',
  'finding.after-effects-unrecorded':
    'Saignement ou rougeur de votre séance du {previous} non notés\u00a0: si elle a saigné ou si la peau est restée rouge plus de 48\u00a0heures, cette zone a besoin de {days}\u00a0jours, jusqu’au {safeFrom}. Notez les deux dans l’historique.',
  'finding.too-soon.safeFrom': 'De nouveau possible à partir du {safeFrom}.',
  'finding.too-soon.extended':
    'L’intervalle est plus long car cette séance a saigné ou la rougeur a duré plus de 48 heures.',
  'finding.needle-not-for-home':
    '{mm} n’est pas destiné à un usage à domicile\u00a0: au-delà de 0,5\u00a0mm, les aiguilles atteignent la peau vivante. Adressez-vous plutôt à un professionnel.',
  'finding.needle-professional': '{mm} est réservé aux professionnels. Ne l’utilisez pas à domicile.',
  'finding.needle-do-not-use': '{mm} ne doit pas être utilisé à domicile.',
  'finding.caution-band': '{mm} est la limite haute de l’usage à domicile\u00a0: appuyez légèrement.',
  'finding.first-caution-session':
    'Votre première séance au-delà de 0,25\u00a0mm\u00a0: {mm} est la limite haute de l’usage à domicile. Allez-y doucement et observez la réaction de votre peau.',
  'finding.roller-worn-uses':
    '«\u00a0{roller}\u00a0» a servi {uses} fois (à remplacer après {max})\u00a0: des aiguilles émoussées déchirent la peau. Remplacez-le.',
  'finding.roller-worn-age': '«\u00a0{roller}\u00a0» a {days} jours (à remplacer après {max}). Remplacez-le.',
  'finding.roller-retired': '«\u00a0{roller}\u00a0» est marqué comme retiré.',
  'finding.pen-cartridge':
    'Utilisez une cartouche stérile neuve à chaque séance\u00a0: les cartouches sont à usage unique.',
  'finding.recent-procedure':
    'Peeling, laser, produit de comblement ou toxine botulique sur cette zone dans les {days} derniers jours\u00a0: demandez d’abord l’avis d’un médecin et attendez au moins le {until}.',
  'finding.recent-procedureUndated':
    'Peeling, laser, produit de comblement ou toxine botulique récent sur cette zone\u00a0: demandez d’abord l’avis d’un médecin et attendez au moins {days} jours après.',
  'finding.under-22':
    'Les appareils de microneedling sont autorisés pour les adultes de 22 ans et plus\u00a0: demandez d’abord l’avis d’un médecin.',
  'finding.rule-loosened': 'Vous avez assoupli cette règle\u00a0: {value} au lieu de {default}.',
  // New with issue 10 (safety at every surface): statuses that never promise safety, safety questions, after-effects.
  'finding.precheck.actives-48h':
    'Un rétinoïde ou un exfoliant acide dans les dernières {hours} heures\u00a0: pas maintenant. Attendez que {hours} heures se soient écoulées depuis la dernière application.',
  'finding.precheck.redness-from-last-time':
    'La rougeur de la dernière séance est encore là\u00a0: pas maintenant. Attendez qu’elle ait disparu\u202f; si elle dure depuis plus de 3 jours, consultez un médecin.',
  'finding.weekly-cap.one': 'Plus de {count} séance en 7 jours sur cette zone.',
  'finding.weekly-cap.other': 'Plus de {count} séances en 7 jours sur cette zone.',
  'finding.weekly-cap.safeFrom': 'De nouveau possible à partir du {safeFrom}.',
  'badge.title.warn':
    'Roller Coach\u00a0: un avertissement s’applique ou une question est sans réponse. Ouvrez Roller Coach avant toute séance.',
  'notify.areaPossible':
    '{area}\u00a0: une séance est de nouveau possible (aucune règle ne l’empêche, aucun avertissement ne s’applique).',
  'aftercare.discard-cartridge':
    'Jeter la cartouche du stylo\u00a0: les cartouches sont stériles et à usage unique, jamais réutilisées. Nettoyer le corps du stylo selon les consignes du fabricant\u202f; ne jamais le prêter',
  'status.do-not-roll': 'Pas de séance',
  'status.not-for-home': '{mm}\u00a0: pas pour un usage à domicile',
  'status.not-for-home.more':
    'Au-delà de 0,5\u00a0mm, les aiguilles atteignent la peau vivante\u202f; aucun calendrier à domicile n’est proposé. Consultez un dermatologue.',
  'status.length-unknown': 'Longueur d’aiguille inconnue',
  'status.length-unknown.more':
    'Ajoutez votre rouleau, ou saisissez la longueur d’aiguille quand vous notez ou vérifiez une séance\u00a0: Roller Coach ne la devine jamais.',
  'status.not-now': 'Pas maintenant',
  'status.not-yet': 'Pas encore\u00a0: possible à partir du {date} ({countdown})',
  'status.answer-first': 'Répondez d’abord aux questions de sécurité',
  'status.ask-doctor': 'Demandez d’abord l’avis d’un médecin',
  'status.warned': 'Possible, mais un avertissement s’applique',
  'status.possible': 'Possible maintenant',
  'status.possible.more': 'Aucune règle n’empêche une séance ici et aucun avertissement ne s’applique.',
  'status.moreReasons.one':
    'et {count} autre point\u00a0: voir «\u00a0Puis-je faire une séance\u202f?\u00a0»',
  'status.moreReasons.other':
    'et {count} autres points\u00a0: voir «\u00a0Puis-je faire une séance\u202f?\u00a0»',
  'status.seeDoctor': 'Consultez un dermatologue avant toute nouvelle séance.',
  'check.needleRequired': 'Saisissez la longueur d’aiguille pour obtenir une réponse.',
  'check.neverRollOver': 'Ne passez jamais le rouleau sur',
  'finding.safety-unanswered.one':
    '{count} question de sécurité n’a pas encore de réponse. Tant qu’elle n’en a pas, Roller Coach ne peut pas savoir si quelque chose exclut une séance.',
  'finding.safety-unanswered.other':
    '{count} questions de sécurité n’ont pas encore de réponse. Tant qu’elles n’en ont pas, Roller Coach ne peut pas savoir si quelque chose exclut une séance.',
  'finding.safety-stale':
    'Vos réponses aux questions de sécurité datent de plus de 6 mois ou ne sont pas datées\u00a0: vérifiez qu’elles sont toujours exactes.',
  'finding.side-effect-see-doctor':
    '{effect}\u00a0: arrêtez et consultez un médecin avant toute nouvelle séance sur cette zone.',
  'finding.side-effect-see-doctor.previous':
    'Lors de votre dernière séance ici ({previous}), vous avez noté {effect}\u00a0: consultez un médecin avant toute nouvelle séance sur cette zone.',
  'finding.cosmetic-bleeding':
    'Un saignement avec une aiguille de 0,25\u00a0mm ou moins indique une pression trop forte ou un rouleau abîmé\u00a0: appuyez plus légèrement et vérifiez le rouleau.',
  'rule.why.interval.cosmetic':
    'Aucune source ne donne de chiffre\u202f; un dermatologue admet un usage à domicile 2 à 3 fois par semaine (fiabilité faible), donc 3 jours est la lecture prudente.',
  'rule.why.interval.caution':
    'Aucune source ne donne de chiffre\u202f; des aiguilles aussi longues peuvent atteindre la peau vivante, d’où le choix d’une semaine.',
  'rule.why.interval.not-for-home':
    'Aucune source ne justifie un usage à domicile à cette longueur\u202f; 2 semaines sont un intervalle prudent, pas une approbation.',
  'rule.why.interval.do-not-use':
    'Longueurs réservées aux professionnels\u202f; 6 semaines, c’est plus que les intervalles de 4 semaines des études cliniques.',
  'rule.why.interval-extended':
    'Aucune source ne donne de chiffre\u00a0: l’intervalle est doublé après un saignement ou une rougeur de plus de 48 heures.',
  'rule.why.weekly-cap.cosmetic':
    'Aucune source ne donne de chiffre\u00a0: 2 par semaine restent dans les 2 à 3 fois qu’admet un dermatologue.',
  'rule.why.wear':
    'Les blogs parlent de 10 à 15 utilisations ou d’environ 6 semaines\u202f; la borne la plus stricte a été retenue, car les aiguilles s’émoussent vite (AAD 2018).',
  'rule.why.actives.hours':
    'Les cliniques retiennent 12 à 48 heures\u202f; la durée la plus longue a été choisie.',
  'rule.why.procedure.days':
    'Les listes des cliniques ne donnent pas de chiffre unique\u202f; 2 semaines ont été retenues.',
  'safety.title': 'Questions de sécurité',
  'safety.intro':
    'Avant de voir où en sont vos zones\u00a0: l’un de ces points vous concerne-t-il en ce moment\u202f? Une question sans réponse n’est pas comptée comme un «\u00a0non\u00a0».',
  'safety.doNotRoll': 'Si l’un de ces points vous concerne, pas de séance\u00a0: consultez un dermatologue',
  'safety.askDoctor': 'Si l’un de ces points vous concerne, demandez d’abord l’avis d’un médecin',
  'safety.yes': 'Oui',
  'safety.no': 'Non',
  'safety.unanswered': 'sans réponse',
  'safety.answeredOn': 'répondu le {date}',
  'safety.ageBand': 'Votre âge',
  'safety.unansweredCount.one': '{count} question encore sans réponse.',
  'safety.unansweredCount.other': '{count} questions encore sans réponse.',
  'safety.allAnswered': 'Toutes les questions ont une réponse.',
  'safety.save': 'Enregistrer mes réponses',
  'safety.skip': 'Répondre plus tard',
  'safety.open': 'Répondre aux questions de sécurité',
  'safety.review': 'Vérifier mes réponses',
  'safety.stale':
    'Vos réponses aux questions de sécurité datent de plus de 6 mois ou ne sont pas datées\u00a0: vérifiez qu’elles sont toujours exactes.',
  'safety.saved': 'Réponses enregistrées.',
  'effects.title': 'Après une séance\u00a0: ce qui est normal, quand consulter un médecin',
  'effects.expected': 'Attendu, disparaît en quelques jours',
  'effects.seeDoctor': 'Arrêtez et consultez un médecin',
  'effects.other': 'Autres effets (avec vos mots, séparés par des virgules)',
  'effects.legend': 'Effets indésirables',
  'effects.cosmeticBleeding':
    'Avec un rouleau de 0,25\u00a0mm ou moins, un saignement indique une pression trop forte ou un rouleau abîmé.',
  'effect.redness': 'rougeur comme un léger coup de soleil',
  'effect.tightness': 'tiraillements',
  'effect.tenderness': 'sensibilité au toucher',
  'effect.tingling-itching': 'picotements ou démangeaisons',
  'effect.dryness-flaking': 'sécheresse ou desquamation',
  'effect.slight-swelling': 'léger gonflement',
  'effect.infection-signs': 'rougeur croissante, chaleur, pus ou fièvre (signes d’infection)',
  'effect.pain-not-eased': 'douleur que les antidouleurs ne soulagent pas',
  'effect.nodules': 'nouvelles bosses ou nodules, même des semaines plus tard',
  'effect.dark-patches': 'taches sombres',
  'effect.track-marks': 'traces linéaires des aiguilles',
  'effect.new-acne-milia': 'nouvelle acné ou grains de milium',
  'effect.cold-sore': 'une poussée de bouton de fièvre',
  'effect.numbness': 'engourdissement',
  'effect.heavy-bleeding-bruising': 'saignement abondant ou bleus',
  'effect.long-redness': 'rougeur qui dure plus de 3 jours',
  'redness.legend': 'Durée de la rougeur',
  'redness.unknown': 'Non renseignée',
  'redness.none': 'Pas de rougeur',
  'redness.upTo24': 'Jusqu’à un jour',
  'redness.upTo48': 'Jusqu’à 2 jours',
  'redness.upTo72': 'Jusqu’à 3 jours (intervalle plus long avant la prochaine séance)',
  'redness.over72': 'Plus de 3 jours (consultez un médecin)',
  'redness.hours': '{hours} heures',
  'neverRollOver.list':
    'Paupières et intérieur du rebord orbitaire, lèvres, grains de beauté et taches de naissance, tatouages et maquillage permanent, chéloïdes, et lésions actives (boutons, boutons de fièvre, plaies).',
  'rf.never':
    'Les appareils de microneedling par radiofréquence (RF) ne doivent jamais être utilisés à domicile (communication de sécurité de la FDA, 2024).',
  'log.needleRequired': 'Saisissez la longueur d’aiguille\u00a0: Roller Coach ne la devine jamais.',
  'options.rules.bandVerdict': '{band}\u00a0: {verdict}',
  'report.loosened.before':
    'Assouplie pendant cette période (ce n’est plus le cas aujourd’hui)\u00a0: {rule}',
  // What went on the needled skin (issue 15).
  'finding.product-active':
    '«\u00a0{product}\u00a0» contient {concern} (correspondance\u00a0: «\u00a0{matched}\u00a0»)\u00a0: les soins post-séance excluent rétinoïdes, AHA/BHA, vitamine C, peroxyde de benzoyle et gommages sur la peau traitée pendant 7 jours.',
  'finding.product-broken-skin':
    '«\u00a0{product}\u00a0» contient {concern} (correspondance\u00a0: «\u00a0{matched}\u00a0»), un ingrédient non adapté à une peau lésée\u00a0: le microneedling fait pénétrer les produits jusque dans le derme et a provoqué des granulomes.',
  'finding.product-unverified':
    'Roller Coach ne peut pas savoir si «\u00a0{product}\u00a0» est adapté à une peau lésée\u00a0: rien dans son nom n’a été reconnu. N’appliquez que des produits adaptés à une peau lésée\u202f; vous pouvez le signaler dans les réglages.',
  'concern.retinoid': 'un rétinoïde',
  'concern.aha': 'un alpha-hydroxyacide (AHA)',
  'concern.bha': 'un bêta-hydroxyacide (BHA)',
  'concern.vitamin-c': 'de la vitamine C',
  'concern.benzoyl-peroxide': 'du peroxyde de benzoyle',
  'concern.scrub': 'un gommage ou un exfoliant',
  'concern.fragrance': 'du parfum',
  'concern.essential-oil': 'une huile essentielle',
  'log.productsBefore': 'Produits sur la peau avant ou pendant la séance (séparés par des virgules)',
  'log.productsAfter': 'Produits appliqués après (séparés par des virgules)',
  'saved.aftercareKept': 'Quels soins post-séance avez-vous suivis\u202f? (facultatif)',
  'saved.aftercareKeptSaved': 'Enregistré\u00a0: {count} sur {total} suivis.',
  'options.products': 'Produits',
  'options.products.intro':
    'Les produits que vous avez notés avec une séance. Ne marquez un produit comme adapté à une peau lésée que si son fabricant l’indique\u202f; Roller Coach signale quand même quand son nom correspond à un actif ou à un ingrédient non adapté à une peau lésée. Aucun produit n’est jamais présenté comme inoffensif.',
  'options.products.empty': 'Aucun produit noté pour l’instant.',
  'options.products.brokenSkin': 'Adapté à une peau lésée (selon son fabricant)',
  'options.products.matched': 'Reconnu\u00a0: {what}',
  'options.products.noMatch': 'Rien dans son nom n’a été reconnu.',
  'options.products.remove': 'Supprimer {name}',
  'options.profile.goals': 'Objectifs (séparés par des virgules, avec vos mots)',
  'roller.brand': 'Marque ou produit',
  'roller.link': 'Où il a été acheté (lien https)',
  'roller.cleaning': 'Comment vous le nettoyez',
  'roller.cleaningPlaceholder': 'ex.\u00a0: alcool isopropylique à 70\u00a0%, 10 minutes',
  'options.rollers.replace': 'Remplacer par un neuf',
  'options.rollers.replacedOn': 'Remplacé le {date}',
  'options.rollers.replacedBy': 'Remplacé le {date} par «\u00a0{name}\u00a0»',
  'errors.link': 'Saisissez un lien qui commence par https://, ou laissez le champ vide.',

  'condition.skin-cancer': 'un cancer de la peau ou un grain de beauté suspect',
  'condition.wound-or-sunburn': 'des plaies ouvertes, des lésions, une peau irritée ou brûlée par le soleil',
  'condition.infection': 'une infection cutanée active (bactérienne, bouton de fièvre, verrues, mycose)',
  'condition.active-acne': 'une acné active (boutons enflammés)',
  'condition.bleeding-disorder': 'un trouble de la coagulation ou des anticoagulants',
  'condition.pregnancy-nursing': 'une grossesse ou un allaitement',
  'condition.isotretinoin': 'l’isotrétinoïne (actuelle ou depuis moins de 6 mois)',
  'condition.metal-allergy': 'une allergie au métal des aiguilles ou à une crème anesthésiante',
  'condition.chronic-skin-condition':
    'un eczéma, un psoriasis, une rosacée ou une autre maladie chronique de la peau',
  'condition.cold-sores-history': 'des antécédents de boutons de fièvre',
  'condition.keloid-tendency': 'une tendance aux chéloïdes ou aux cicatrices épaisses',
  'condition.recent-scars': 'des cicatrices ou vergetures de moins d’un an',
  'condition.healing-impaired':
    'un diabète, une immunodépression, une maladie auto-immune ou une cicatrisation lente',
  'condition.heart-problems': 'des problèmes cardiaques',
  'condition.actinic-keratosis': 'une kératose actinique',
  'condition.recent-procedure':
    'un peeling, un laser, un produit de comblement ou une toxine botulique récents',

  'rule.interval': 'Jours minimum entre séances, {band}\u00a0: {value}',
  'rule.interval-extended': 'Jours après saignement ou rougeur prolongée, {band}\u00a0: {value}',
  'rule.weekly-cap': 'Séances max. en 7 jours, {band}\u00a0: {value}',
  'rule.wear.max-uses': 'Remplacer un rouleau après {value} utilisations',
  'rule.wear.max-days': 'Remplacer un rouleau après {value} jours',
  'rule.isotretinoin.months': 'Pas de séance dans les {value} mois suivant l’isotrétinoïne',
  'rule.actives.hours': 'Pas de séance dans les {value} heures suivant rétinoïdes ou acides',
  'rule.procedure.days': 'Pas de séance dans les {value} jours suivant un peeling, un laser ou une injection',

  'aftercare.no-makeup': 'Pas de maquillage',
  'aftercare.no-exercise': 'Pas de sport qui fait transpirer, de sauna ni de piscine',
  'aftercare.no-sun': 'Éviter le soleil',
  'aftercare.no-actives': 'Pas de rétinoïdes, AHA/BHA, vitamine C, peroxyde de benzoyle ni gommages',
  'aftercare.spf': 'SPF 30+ tous les jours, pendant au moins 14 jours',
  'aftercare.no-picking': 'Ne pas gratter ni triturer',
  'aftercare.broken-skin-products':
    'N’appliquer que des produits adaptés à une peau lésée\u00a0: le microneedling fait pénétrer les produits en profondeur et a provoqué des granulomes',
  'aftercare.disinfect-roller':
    'Nettoyer le rouleau\u00a0: rincer les résidus, le laisser tremper 10 minutes dans de l’alcool isopropylique à 70\u00a0%, le laisser sécher à l’air dans son étui. Ne jamais le faire bouillir, ne jamais le prêter. Cela désinfecte, sans stériliser',
  'aftercare.until': 'jusqu’au {date} ({countdown})',
  'aftercare.from': 'du {date} au {end}',
  'aftercare.ongoing': 'toujours',
  'aftercare.seeDoctor':
    'Arrêtez et consultez un médecin devant l’un des signes «\u00a0consultez un médecin\u00a0» ci-dessous, même des semaines après une séance.',

  'onboarding.title': 'Bienvenue dans Roller Coach',
  'onboarding.what':
    'Roller Coach tient un journal privé de vos séances de dermaroller et vous indique quand chaque zone peut de nouveau être traitée selon ses règles, quels soins post-séance suivre et quand votre rouleau est usé.',
  'onboarding.whatNot':
    'Ce n’est pas un dispositif médical et il ne donne aucun avis médical. Il ne promet aucun résultat.',
  'onboarding.start': 'Configurer mon rouleau',
  'onboarding.rollerTitle': 'Votre rouleau',
  'onboarding.areasTitle': 'Zones traitées',
  'onboarding.finish': 'Terminer',
  'onboarding.next': 'Suivant',
  'onboarding.skip': 'Passer pour l’instant',

  'roller.name': 'Nom',
  'roller.namePlaceholder': 'ex.\u00a0: rouleau visage',
  'roller.kind': 'Type',
  'roller.kind.roller': 'Rouleau',
  'roller.kind.stamp': 'Tampon',
  'roller.kind.pen': 'Stylo',
  'roller.needleMm': 'Longueur d’aiguille (mm)',
  'roller.firstUse': 'Première utilisation le',
  'roller.firstUse.hint':
    'Vous ne savez pas exactement\u00a0? Une estimation suffit\u00a0: le rappel de remplacement se compte à partir de ce jour.',
  'roller.bandLive': '{band}\u00a0: {verdict}',
  'roller.warnOver05':
    'Au-delà de 0,5\u00a0mm, ce n’est pas pour un usage à domicile\u00a0: des aiguilles aussi longues atteignent la peau vivante et sont des dispositifs médicaux de classe II. Roller Coach vous avertira à chaque séance.',
  'roller.warnOver10':
    'À partir de 1,0\u00a0mm, c’est réservé aux professionnels. Roller Coach ne proposera aucun calendrier à domicile.',

  'options.title': 'Réglages de Roller Coach',
  'options.nav': 'Rubriques',
  'options.rollers': 'Rouleaux',
  'options.rollers.empty': 'Aucun rouleau pour l’instant.',
  'options.rules': 'Règles',
  'options.rules.intro':
    'Les règles d’espacement que Roller Coach vérifie, par zone traitée, avec l’origine de chaque valeur par défaut. Les valeurs marquées «\u00a0proposition\u00a0» sont des choix prudents de ce projet, pas des données cliniques.',
  'options.rules.band': 'Longueur d’aiguille',
  'options.rules.interval': 'Jours minimum entre séances',
  'options.rules.extended': 'Après saignement ou rougeur prolongée',
  'options.rules.cap': 'Séances max. en 7 jours',
  'options.rules.verdict': 'Usage à domicile',
  'options.rules.sources': 'Sources',
  'options.rules.proposal': 'proposition',
  'options.data': 'Vos données',
  'options.data.summary': '{sessions}, {rollers}, le tout stocké sur cet ordinateur.',
  'count.sessions.one': '{count} séance',
  'count.sessions.other': '{count} séances',
  'count.rollers.one': '{count} rouleau',
  'count.rollers.other': '{count} rouleaux',
  'options.rollers.add': 'Ajouter un rouleau',
  'options.rollers.rowAction': '{action}\u00a0: {name}',
  'options.rollers.edit': 'Modifier',
  'options.rollers.save': 'Enregistrer le rouleau',
  'options.rollers.cancel': 'Annuler',
  'options.rollers.retire': 'Retirer',
  'options.rollers.unretire': 'Réutiliser',
  'options.rollers.retired': 'Retiré',
  'options.rollers.needleCount': 'Nombre d’aiguilles (facultatif)',
  'options.rollers.material': 'Matériau des aiguilles (facultatif)',
  'options.rollers.material.none': 'Inconnu',
  'options.rollers.material.stainless-steel': 'Acier inoxydable',
  'options.rollers.material.titanium': 'Titane',
  'options.rollers.material.other': 'Autre',
  'options.rollers.uses': 'Utilisations jusqu’ici\u00a0: {uses}',
  'options.rollers.age': 'Âge\u00a0: {days} jours',
  'options.rollers.replaceBy':
    'À remplacer avant le {date} (après {maxUses} utilisations ou {maxDays} jours, selon ce qui arrive en premier)',
  'options.rollers.replaceNow': 'À remplacer maintenant\u00a0: {reason}',
  'options.rollers.reason.uses': 'il a servi {uses} fois',
  'options.rollers.reason.age': 'il a {days} jours',
  'options.rollers.penNote':
    'La profondeur d’un stylo est notée à chaque séance. Ses cartouches sont à usage unique\u00a0: n’en réutilisez jamais.',
  'options.rollers.cleaning':
    'Après chaque utilisation\u00a0: rincez les résidus, laissez tremper 10 minutes dans de l’alcool isopropylique à 70\u00a0%, laissez sécher à l’air, rangez dans l’étui. Ne le faites jamais bouillir, ne le prêtez jamais. Cela désinfecte, sans stériliser (consensus de cliniques et de blogs, faible autorité\u00a0: il n’existe aucun protocole évalué par des pairs). Remplacez-le immédiatement si une aiguille est tordue, s’il est tombé ou s’il a touché une lésion active.',
  'options.rollers.saved': 'Rouleau enregistré.',

  'options.profile': 'Profil de sécurité',
  'options.profile.intro':
    'Vos réponses sont vérifiées avant chaque séance. Ce n’est pas un diagnostic\u00a0: en cas de doute, consultez un dermatologue.',
  'options.profile.doNotRoll': 'Pas de séance\u202f; consultez un dermatologue',
  'options.profile.askDoctor': 'Prudence\u00a0: demandez d’abord l’avis d’un médecin',
  'options.profile.onlyAreas': 'Seulement sur ces zones (aucune cochée\u00a0: partout)',
  'options.profile.date.last-dose': 'Dernière prise',
  'options.profile.date.procedure-date': 'Date de l’intervention',
  'options.profile.date.since': 'Depuis',
  'options.profile.ageBand': 'Âge',
  'options.profile.ageBand.none': 'Je préfère ne pas le dire',
  'options.profile.ageBand.under-18': 'Moins de 18 ans',
  'options.profile.ageBand.18-21': '18 à 21 ans',
  'options.profile.ageBand.22-plus': '22 ans ou plus',
  'options.profile.skinType': 'Phototype (Fitzpatrick, auto-évalué)',
  'options.profile.skinType.none': 'Non renseigné',
  'options.profile.areas': 'Zones traitées',
  'options.profile.save': 'Enregistrer le profil',
  'options.profile.saved': 'Profil enregistré.',

  'options.history': 'Historique',
  'options.history.empty': 'Aucune séance ne correspond.',
  'options.history.filters': 'Filtrer',
  'options.history.area': 'Zone',
  'options.history.roller': 'Rouleau',
  'options.history.needle': 'Longueur d’aiguille',
  'options.history.any': 'Tous',
  'options.history.from': 'Du',
  'options.history.to': 'Au',
  'options.history.sort': 'Trier par',
  'options.history.sort.when-desc': 'Plus récentes d’abord',
  'options.history.sort.when-asc': 'Plus anciennes d’abord',
  'options.history.sort.area': 'Zone',
  'options.history.sort.needle': 'Longueur d’aiguille',
  'options.history.count': '{shown} sur {total}',
  'options.history.col.when': 'Quand',
  'options.history.col.area': 'Zone',
  'options.history.col.needle': 'Aiguille',
  'options.history.col.roller': 'Rouleau',
  'options.history.col.bleeding': 'Saignement',
  'options.history.col.findings': 'Alertes',
  'options.history.col.actions': 'Actions',
  'options.history.acknowledged': 'lu',
  'options.history.notAcknowledged': 'non lu',
  'options.history.rowAction': '{action}\u00a0: séance du {when}, {area}',
  'options.history.edit': 'Modifier',
  'options.history.delete': 'Supprimer',
  'options.history.deleted': 'Séance supprimée.',
  'options.history.undo': 'Annuler',
  'options.history.restored': 'Restaurée.',
  'options.history.prev': 'Page précédente',
  'options.history.next': 'Page suivante',
  'options.history.page': 'Page {page} sur {pages}',
  'options.history.editTitle': 'Modifier la séance',
  'options.history.save': 'Enregistrer',
  'options.history.cancel': 'Annuler',
  'options.history.table': 'Tableau',
  'options.history.calendar': 'Calendrier',
  'options.history.calendarIntro':
    'Chaque ligne est une zone, chaque marque une séance. Les intervalles plus courts que la règle sont signalés.',
  'options.history.gapOk.one': '{count} jour',
  'options.history.gapOk.other': '{count} jours',
  'options.history.gapShort': '{days} jours (règle\u00a0: {required})',
  // Reading what a page shows (issue 12 point 2): history months on demand, report wear.
  'options.history.older': 'Afficher les séances plus anciennes',
  'options.history.reading': 'Lecture de tout l’historique…',
  'report.devices.usesCounting': 'utilisations pas encore comptées',

  'options.rules.edit': 'Votre valeur',
  'options.rules.default': 'Par défaut',
  'options.rules.loosened': 'assouplie',
  'options.rules.stricter': 'plus stricte',
  'options.rules.looserWarning':
    'C’est moins strict que la valeur par défaut. Les sources ne justifient pas des règles assouplies\u202f; elles seront signalées partout où elles s’appliquent et listées dans chaque rapport.',
  'options.rules.ackLooser': 'J’ai compris, assouplir la règle',
  'options.rules.save': 'Enregistrer les règles',
  'options.rules.reset': 'Revenir aux valeurs par défaut',
  'options.rules.saved': 'Règles enregistrées.',
  'options.rules.other': 'Autres règles',

  'options.display': 'Notifications et affichage',
  'options.display.notifyAreaSafe':
    'Me prévenir quand une séance redevient possible sur une zone (jamais tant qu’un avertissement s’applique)',
  'options.display.notifyAftercare': 'Me prévenir quand une consigne post-séance se termine',
  'options.display.permissionDenied': 'Le navigateur n’a pas autorisé les notifications.',
  'options.display.language': 'Langue',
  'options.display.language.auto': 'Comme le navigateur',
  'options.display.theme': 'Thème',
  'options.display.theme.auto': 'Comme le système',
  'options.display.theme.light': 'Clair',
  'options.display.theme.dark': 'Sombre',
  'options.display.card': 'Afficher la fiche de sécurité sur les boutiques',
  'options.display.cardSites': 'Désactivée sur\u00a0: {sites}',
  'options.display.cardSitesReset': 'La réactiver partout',

  'options.data.deleteAll': 'Supprimer toutes les données',
  'options.data.deleteAllIntro':
    'Cela efface de cet ordinateur tous les rouleaux, séances, réponses et réglages. Exportez d’abord une sauvegarde si vous pourriez en avoir besoin.',
  'options.data.deleteAllType': 'Tapez {word} pour confirmer',
  'options.data.deleteAllWord': 'SUPPRIMER',
  'options.data.deleteAllConfirm': 'Tout supprimer',
  'options.data.deleted': 'Toutes les données ont été supprimées.',

  'options.sources': 'Sources',

  'band.cosmetic': 'jusqu’à 0,25\u00a0mm',
  'band.caution': 'plus de 0,25 à 0,5\u00a0mm',
  'band.not-for-home': 'plus de 0,5 à moins de 1,0\u00a0mm',
  'band.professional': '1,0 à moins de 2,0\u00a0mm',
  'band.do-not-use': '2,0\u00a0mm et plus',
  'verdict.home-ok': 'Convient à domicile en l’absence de contre-indication',
  'verdict.caution': 'Prudence\u00a0: limite haute à domicile',
  'verdict.not-for-home': 'Pas pour un usage à domicile',
  'verdict.professional': 'Réservé aux professionnels',
  'verdict.do-not-use': 'Ne pas utiliser à domicile',

  'areas.more': 'Autres zones',
  'area.forehead': 'Front',
  'area.cheeks': 'Joues',
  'area.nose': 'Nez',
  'area.chin': 'Menton',
  'area.upper-lip': 'Au-dessus de la lèvre supérieure',
  'area.jawline': 'Contour de la mâchoire',
  'area.neck': 'Cou',
  'area.decollete': 'Décolleté',
  'area.scalp': 'Cuir chevelu',
  'area.beard': 'Zone de la barbe',
  'area.hands': 'Mains',
  'area.arms': 'Bras',
  'area.abdomen': 'Ventre',
  'area.thighs': 'Cuisses',
  'area.buttocks': 'Fesses',
  'area.back': 'Dos',
  'area.other': 'Autre',
  'area.eyelids': 'Paupières',
  'area.eye-area': 'Contour des yeux (à l’intérieur du rebord orbitaire)',
  'area.lips': 'Lèvres',
  'area.forbidden':
    'Ne passez jamais le rouleau sur les paupières, à l’intérieur du rebord orbitaire ni sur les lèvres\u00a0: la peau y est trop fine et le risque de blessure trop élevé.',

  'errors.invalid': 'Cette valeur n’est pas valide.',
  'errors.id': 'L’identifiant manque ou contient d’autres caractères que des lettres, des chiffres, - et _.',
  'errors.name': 'Saisissez un nom.',
  'errors.name.required': 'Saisissez un nom.',
  'errors.tooLong': 'Ce texte est trop long.',
  'errors.tooMany': 'Il y a trop d’entrées.',
  'errors.controlChars': 'Ce texte contient des caractères de contrôle invisibles.',
  'errors.instant': 'Saisissez une date et une heure réelles entre 2000 et 2100.',
  'errors.date': 'Saisissez une date réelle entre 2000 et 2100.',
  'errors.firstUse.missing': 'Indiquez le jour de la première utilisation.',
  'errors.future': 'Cette date est dans le futur. Vérifiez la date et l’horloge de votre ordinateur.',
  'errors.needle.number': 'Saisissez la longueur d’aiguille en millimètres, par exemple 0,25.',
  'errors.needle.tooShort': 'Une longueur d’aiguille doit dépasser 0\u00a0mm.',
  'errors.needle.tooLong':
    'Au-delà de 3,0\u00a0mm, ce ne sont pas des appareils de microneedling. Vérifiez le nombre.',
  'errors.needle.precision': 'Deux décimales au maximum (par exemple 0,25).',
  'errors.area': 'Choisissez une zone dans la liste.',
  'errors.area.forbidden':
    'Les paupières, le contour des yeux et les lèvres ne peuvent pas être notés\u00a0: n’y passez jamais le rouleau. La peau est trop fine.',
  'errors.rollerKind': 'Choisissez rouleau, tampon ou stylo.',
  'errors.material': 'Choisissez un matériau d’aiguille dans la liste.',
  'errors.needleCount': 'Saisissez le nombre d’aiguilles, un entier de 1 à 2000.',
  'errors.bleeding': 'Choisissez aucun, ponctuel ou plus.',
  'errors.pain': 'Notez la douleur par un entier de 0 à 10.',
  'errors.passes': 'Saisissez le nombre de passages, un entier de 1 à 50.',
  'errors.redness': 'Saisissez la rougeur en heures, de 0 à 1440.',
  'errors.product': 'Les noms de produits ne peuvent pas dépasser 80 caractères.',
  'errors.sideEffect': 'Chaque effet indésirable ne peut pas dépasser 80 caractères.',
  'errors.notes': 'Les notes ne peuvent pas dépasser 2000 caractères.',
  'errors.goal': 'Chaque objectif ne peut pas dépasser 80 caractères.',
  'errors.rule': 'Règle inconnue.',
  'errors.ruleValue': 'Saisissez un nombre.',
  'errors.ruleRange': 'Cette valeur sort de ce que la règle autorise.',
  'errors.ruleLooserAck':
    'Assouplir une règle par rapport à la valeur par défaut exige votre accord explicite.',
  'errors.notAList': 'Une liste était attendue.',
  'errors.corrupt': 'Le texte stocké est endommagé et illisible.',
  'errors.backup.format': 'Ce n’est pas un fichier de sauvegarde Roller Coach.',
  'errors.backup.version':
    'Cette sauvegarde provient d’une version de Roller Coach que celle-ci ne sait pas lire.',
};

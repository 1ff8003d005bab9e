/*
 * Hồ sơ CBCCVC: the language of the Camunda webapps (loaded by every app through `customScripts` in its scripts/config.js).
 *
 * How Camunda 7.24 picks the language: it takes the primary subtag of the browser's first preferred language
 * (navigator.languages[0], "en-US" -> "en") and uses it when it is listed in `locales.availableLocales`, otherwise
 * `locales.fallbackLocale`. The webapps have no language switch of their own. Many civil servants' browsers are set to
 * English (the usual Windows and Chrome installations), so with availableLocales ['vi', 'en'] alone they would get English.
 *
 * This script makes Vietnamese the default of this installation whatever the browser says, and English an explicit
 * choice that is remembered in the browser (localStorage, shared by Tasklist, Cockpit, Admin and the Welcome page):
 *   - add lang=en (or lang=vi) to the query of the address of any webapp, before or after the '#':
 *     /camunda/app/tasklist/default/?lang=en or /camunda/app/tasklist/#/?lang=en
 *     (/camunda/app/tasklist/?lang=en does not work: Camunda redirects it to .../default/ without the query)
 *   - or use the "English" / "Tiếng Việt" link in the Tasklist header.
 * A language not listed in availableLocales is ignored.
 *
 * With Vietnamese it also gives AngularJS' $locale Vietnamese month and day names: the date pickers (due date,
 * follow-up date, search criteria) take them from there, not from the moment.js texts of vi.json.
 *
 * It also gives the "Save" button of Tasklist's task form a label of its own: that button only keeps the form in this
 * browser's localStorage (nothing is sent to the server), while the SAVE label is shared with the filter and comment
 * dialogs, which do save on the server.
 */
const STORAGE_KEY = 'hoso.webapps.locale';

const TEXTS = {
  vi: { saveInBrowser: 'Lưu tạm (trên trình duyệt)', switchTo: 'en', switchLabel: 'English' },
  en: { saveInBrowser: 'Save (in this browser)', switchTo: 'vi', switchLabel: 'Tiếng Việt' }
};

/**
 * The language to use: lang= in the address (query or hash), else the choice remembered in storage, else the
 * installation's default (fallbackLocale). A requested language is remembered.
 */
export function chooseLocale(availableLocales, fallbackLocale, location, storage) {
  const available = availableLocales || [];
  const requested = requestedLocale(location);
  if (available.includes(requested)) {
    remember(storage, requested);
    return requested;
  }
  const remembered = read(storage);
  if (available.includes(remembered)) {
    return remembered;
  }
  return fallbackLocale || available[0] || 'en';
}

function requestedLocale(location) {
  const search = (location && location.search) || '';
  const hash = (location && location.hash) || '';
  const hashQuery = hash.includes('?') ? hash.substring(hash.indexOf('?')) : '';
  const lang = new URLSearchParams(search).get('lang') || new URLSearchParams(hashQuery).get('lang') || '';
  return lang.toLowerCase();
}

function read(storage) {
  try {
    return storage ? storage.getItem(STORAGE_KEY) : null;
  } catch (e) {
    return null;
  }
}

function remember(storage, locale) {
  try {
    if (storage) storage.setItem(STORAGE_KEY, locale);
  } catch (e) {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

/** Names for AngularJS' date filter and the ui-bootstrap date pickers (the webapps ship $locale en-us only). */
const ANGULAR_DATE_NAMES = {
  vi: {
    MONTH: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
      'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
    STANDALONEMONTH: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
      'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
    SHORTMONTH: ['Thg 1', 'Thg 2', 'Thg 3', 'Thg 4', 'Thg 5', 'Thg 6',
      'Thg 7', 'Thg 8', 'Thg 9', 'Thg 10', 'Thg 11', 'Thg 12'],
    DAY: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    AMPMS: ['SA', 'CH']
  }
};

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const base = document.querySelector('base');
const appName = base && base.getAttribute('app-name');
const angular = window.angular;

if (appName && angular) {
  let locale = null;
  const custom = angular.module('cam.' + appName + '.custom');

  // Runs after the app's own config block (this module is bootstrapped after the app's module), so it wins over
  // the browser-language choice made there.
  custom.config([
    '$translateProvider',
    'configurationProvider',
    '$provide',
    function ($translateProvider, configurationProvider, $provide) {
      locale = chooseLocale(
        configurationProvider.getAvailableLocales(),
        configurationProvider.getFallbackLocale(),
        window.location,
        window.localStorage
      );
      $translateProvider.preferredLanguage(locale);
      document.documentElement.setAttribute('lang', locale);

      const dateNames = ANGULAR_DATE_NAMES[locale];
      if (dateNames) {
        $provide.decorator('$locale', [
          '$delegate',
          function ($delegate) {
            Object.assign($delegate.DATETIME_FORMATS, dateNames);
            return $delegate;
          }
        ]);
      }
    }
  ]);

  if (appName === 'tasklist') {
    custom.config([
      '$provide',
      'ViewsProvider',
      function ($provide, ViewsProvider) {
        $provide.decorator('camTasklistFormDirective', [
          '$delegate',
          function ($delegate) {
            const directive = $delegate[0];
            const texts = TEXTS[locale];
            if (texts && typeof directive.template === 'string') {
              directive.template = directive.template.replace(
                "{{ 'SAVE' | translate }}",
                escapeHtml(texts.saveInBrowser)
              );
            }
            return $delegate;
          }
        ]);

        ViewsProvider.registerDefaultView('tasklist.navbar.action', {
          id: 'hoso-language',
          priority: 0,
          template:
            '<a href ng-if="other" ng-click="switchLanguage()" lang="{{ other.locale }}">{{ other.label }}</a>',
          controller: [
            '$scope',
            'configuration',
            function ($scope, configuration) {
              const texts = TEXTS[locale];
              const target = texts && texts.switchTo;
              $scope.other =
                target && configuration.getAvailableLocales().includes(target)
                  ? { locale: target, label: texts.switchLabel }
                  : null;
              $scope.switchLanguage = function () {
                remember(window.localStorage, target);
                // a lang= in the address would win over the new choice: reload without it
                const url = new URL(window.location.href);
                url.searchParams.delete('lang');
                const [route, query] = url.hash.split('?');
                if (query !== undefined) {
                  const params = new URLSearchParams(query);
                  params.delete('lang');
                  url.hash = params.toString() ? route + '?' + params : route;
                }
                window.history.replaceState(null, '', url.toString());
                window.location.reload();
              };
            }
          ]
        });
      }
    ]);
  }
}

export default [];

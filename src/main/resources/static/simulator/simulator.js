/*
 * The LINE simulator page: plain JavaScript, no build step. It polls one small JSON endpoint for the chat of the
 * selected simulated user and posts what the family does; the server turns that into signed webhook events.
 */
(function () {
  'use strict';

  var POLL_MS = 700;
  var app = document.getElementById('app');
  var api = app.getAttribute('data-api');
  var texts = JSON.parse(document.getElementById('texts').textContent);
  var $ = function (id) { return document.getElementById(id); };

  var state = {
    users: [],
    userId: null,
    chat: null,
    version: null,
    busy: false,
    hideQuickReplies: false
  };

  // ---- HTTP ----

  // for administrators (outside local mode) the page rides on the console's session: its posts carry the CSRF token
  function meta(name) {
    var tag = document.querySelector('meta[name="' + name + '"]');
    return tag ? tag.getAttribute('content') : null;
  }
  var csrfToken = meta('csrf-token');
  var csrfHeader = meta('csrf-header') || 'X-CSRF-TOKEN';

  function request(method, url, body) {
    var options = { method: method, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' };
    if (method !== 'GET' && csrfToken) {
      options.headers[csrfHeader] = csrfToken;
    }
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      if (response.status === 204) {
        return null;
      }
      return response.json().catch(function () { return null; }).then(function (json) {
        if (!response.ok) {
          var error = new Error('HTTP ' + response.status);
          error.status = response.status;
          error.body = json;
          throw error;
        }
        return json;
      });
    });
  }

  function userUrl(suffix) {
    return api + '/' + encodeURIComponent(state.userId) + suffix;
  }

  // ---- users ----

  function loadUsers() {
    return request('GET', api).then(function (users) {
      state.users = users || [];
      if (state.users.length === 0) {
        return createUser();
      }
      var remembered = localStorage.getItem('simulator.user');
      var known = state.users.some(function (u) { return u.id === remembered; });
      selectUser(known ? remembered : state.users[0].id);
    });
  }

  function createUser(drafts) {
    var name = (drafts ? texts.draftUserName : texts.userName) + (state.users.length + 1);
    var language = document.getElementById('new-user-language');
    return request('POST', api, { name: name, drafts: !!drafts, language: language ? language.value : 'ja' })
        .then(function (user) {
      state.users.push(user);
      selectUser(user.id);
    });
  }

  function selectUser(userId) {
    state.userId = userId;
    state.chat = null;
    state.version = null;
    state.hideQuickReplies = false;
    localStorage.setItem('simulator.user', userId);
    $('messages').textContent = '';
    renderUsers();
    refresh();
  }

  function renderUsers() {
    var tabs = $('user-tabs');
    tabs.textContent = '';
    state.users.forEach(function (user) {
      var tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'user-tab' + (user.id === state.userId ? ' active' : '') + (user.drafts ? ' drafts' : '');
      tab.textContent = user.name;
      if (user.drafts) {
        var badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = texts.draftBadge;
        tab.appendChild(badge);
      }
      tab.setAttribute('data-user-id', user.id);
      tab.setAttribute('aria-pressed', user.id === state.userId ? 'true' : 'false');
      tab.addEventListener('click', function () {
        if (user.id !== state.userId) {
          selectUser(user.id);
        }
      });
      tabs.appendChild(tab);
    });
    var active = state.users.filter(function (u) { return u.id === state.userId; })[0];
    $('drafts-banner').hidden = !(active && active.drafts);
  }

  // ---- polling ----

  var pollTimer = null;

  function refresh() {
    var userId = state.userId;
    if (!userId) {
      return Promise.resolve();
    }
    var url = userUrl('/chat') + (state.version === null ? '' : '?version=' + state.version);
    return request('GET', url).then(function (chat) {
      if (userId !== state.userId || chat === null) {
        return;
      }
      var grew = !state.chat || chat.entries.length !== state.chat.entries.length
        || lastSeq(chat) !== lastSeq(state.chat);
      state.chat = chat;
      state.version = chat.version;
      if (grew) {
        state.hideQuickReplies = false;
      }
      render(grew);
    }).catch(function (error) {
      if (error.status === 404) {
        loadUsers(); // the server restarted and forgot its simulated users
      }
    });
  }

  function lastSeq(chat) {
    return chat.entries.length ? chat.entries[chat.entries.length - 1].seq : 0;
  }

  function schedulePoll() {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(function () {
      (state.userId ? refresh() : loadUsers()).then(schedulePoll, schedulePoll);
    }, POLL_MS);
  }

  // ---- rendering ----

  function render(scroll) {
    var chat = state.chat;
    var chatArea = $('chat');
    var nearBottom = chatArea.scrollHeight - chatArea.scrollTop - chatArea.clientHeight < 80;
    var friendship = chat.user.friendship;

    $('friend-card').hidden = friendship !== 'NEW';
    $('composer-bar').hidden = friendship === 'BLOCKED';
    $('blocked-bar').hidden = friendship !== 'BLOCKED';
    $('block').hidden = friendship !== 'FRIEND';
    $('menu-button').hidden = friendship !== 'FRIEND';

    var list = $('messages');
    list.textContent = '';
    var lastDay = null;
    var previous = null;
    chat.entries.forEach(function (entry) {
      var at = new Date(entry.at);
      var day = at.toDateString();
      if (day !== lastDay) {
        list.appendChild(dateChip(at));
        lastDay = day;
        previous = null;
      }
      list.appendChild(renderEntry(entry, previous));
      previous = entry;
    });

    $('loading').hidden = !chat.loading;
    renderQuickReplies();
    if (scroll || nearBottom) {
      chatArea.scrollTop = chatArea.scrollHeight;
    }
  }

  function dateChip(at) {
    var chip = document.createElement('div');
    chip.className = 'date-chip';
    var today = new Date().toDateString() === at.toDateString();
    chip.textContent = today ? texts.today
      : (at.getMonth() + 1) + '/' + at.getDate() + '(' + texts.weekdays[at.getDay()] + ')';
    return chip;
  }

  function renderEntry(entry, previous) {
    if (entry.from === 'system') {
      var notice = document.createElement('div');
      notice.className = 'notice';
      notice.textContent = texts['notice.' + entry.text] || entry.text;
      return notice;
    }
    var row = document.createElement('div');
    row.className = 'row ' + entry.from;
    row.setAttribute('data-seq', entry.seq);
    var meta = document.createElement('div');
    meta.className = 'meta';
    if (entry.from === 'user') {
      if (entry.status === 'read') {
        meta.appendChild(span('read', texts.read));
      } else if (entry.status === 'failed') {
        meta.appendChild(span('failed', texts.failed));
      }
      meta.appendChild(span('time', time(entry.at)));
      row.appendChild(meta);
      row.appendChild(content(entry));
      return row;
    }
    var followOn = previous && previous.from === 'bot';
    if (followOn) {
      row.className += ' follow-on';
    }
    var avatar = document.createElement('div');
    avatar.className = 'avatar';
    avatar.setAttribute('aria-hidden', 'true');
    avatar.textContent = 'ケア';
    row.appendChild(avatar);
    var column = document.createElement('div');
    column.className = 'content';
    if (!followOn) {
      column.appendChild(span('sender', $('account-name').textContent));
    }
    column.appendChild(content(entry));
    row.appendChild(column);
    meta.appendChild(span('time', time(entry.at)));
    row.appendChild(meta);
    if (entry.via) {
      row.setAttribute('data-via', entry.via);
    }
    return row;
  }

  function content(entry) {
    if (entry.type === 'buttons' || entry.type === 'confirm') {
      return template(entry);
    }
    if (entry.type === 'flex' && entry.card) {
      return flexMessage(entry);
    }
    var bubble = document.createElement('div');
    bubble.className = 'bubble ' + entry.from;
    if (entry.type === 'sticker') {
      bubble.className += ' sticker';
      bubble.setAttribute('role', 'img');
      bubble.setAttribute('aria-label', texts.sticker);
      bubble.textContent = '\uD83D\uDC4D';
    } else if (entry.type === 'image' || entry.type === 'video' || entry.type === 'audio' || entry.type === 'file') {
      bubble.className += ' media';
      bubble.textContent = '\uD83D\uDCCE ' + (entry.text || texts['media.' + entry.type]);
    } else if (entry.type === 'other') {
      bubble.className += ' other';
      bubble.textContent = entry.text || texts.other;
    } else {
      appendLinked(bubble, entry.text || '');
    }
    return bubble;
  }

  // A Flex message drawn as LINE draws the parts the bot uses: a bubble (header, hero, body, footer) of boxes
  // (vertical / horizontal, spacing, margin, padding, background), texts (size, weight, color, wrap), buttons
  // (primary / secondary / link, color) with their actions, separators and fillers. Its altText is the label.
  var FLEX_SPACES = { none: '0', xs: '2px', sm: '4px', md: '8px', lg: '12px', xl: '16px', xxl: '20px' };
  var FLEX_SIZES = { xxs: '11px', xs: '12px', sm: '13px', md: '15px', lg: '17px', xl: '19px', xxl: '22px',
    '3xl': '26px', '4xl': '30px', '5xl': '34px' };

  function flexMessage(entry) {
    var card = document.createElement('div');
    card.className = 'flex-message';
    card.setAttribute('role', 'group');
    card.setAttribute('aria-label', entry.altText || '');
    var bubbles = entry.card.type === 'carousel' ? (entry.card.contents || []) : [entry.card];
    bubbles.forEach(function (bubble) { card.appendChild(flexBubble(bubble)); });
    return card;
  }

  function flexBubble(bubble) {
    var element = document.createElement('div');
    element.className = 'flex-bubble';
    ['header', 'hero', 'body', 'footer'].forEach(function (part) {
      if (bubble[part]) {
        var section = flexComponent(bubble[part]);
        section.classList.add('flex-' + part);
        element.appendChild(section);
      }
    });
    return element;
  }

  function flexSpace(value) {
    return FLEX_SPACES[value] || value;
  }

  function flexComponent(component) {
    var element;
    switch (component.type) {
      case 'box':
        element = document.createElement('div');
        element.className = 'flex-box ' + (component.layout === 'horizontal' || component.layout === 'baseline'
          ? 'flex-horizontal' : 'flex-vertical');
        (component.contents || []).forEach(function (child, i) {
          var part = flexComponent(child);
          if (i > 0 && component.spacing && !child.margin) {
            part.style[component.layout === 'vertical' ? 'marginTop' : 'marginLeft'] = flexSpace(component.spacing);
          }
          element.appendChild(part);
        });
        if (component.backgroundColor) {
          element.style.backgroundColor = component.backgroundColor;
        }
        ['paddingAll', 'paddingTop', 'paddingBottom', 'paddingStart', 'paddingEnd'].forEach(function (key) {
          if (component[key]) {
            var css = { paddingAll: 'padding', paddingTop: 'paddingTop', paddingBottom: 'paddingBottom',
              paddingStart: 'paddingLeft', paddingEnd: 'paddingRight' }[key];
            element.style[css] = flexSpace(component[key]);
          }
        });
        break;
      case 'text':
        element = document.createElement('div');
        element.className = 'flex-text' + (component.wrap ? ' flex-wrap' : '');
        element.textContent = component.text || '';
        element.style.fontSize = FLEX_SIZES[component.size || 'md'] || component.size;
        if (component.weight === 'bold') {
          element.style.fontWeight = '700';
        }
        if (component.color) {
          element.style.color = component.color;
        }
        break;
      case 'button':
        var action = component.action || {};
        if (action.type === 'uri' && action.uri) {
          // a link leaves the chat, as in LINE (tel: dials, https: opens the browser)
          element = document.createElement('a');
          element.href = action.uri;
          if (!/^tel:/.test(action.uri)) {
            element.target = '_blank';
            element.rel = 'noopener';
          }
        } else {
          element = document.createElement('button');
          element.type = 'button';
          element.addEventListener('click', function () { tap(action); });
        }
        element.className = 'flex-button flex-button-' + (component.style || 'link');
        element.setAttribute('data-action-type', action.type || '');
        element.textContent = action.label || '';
        if (component.color) {
          element.style[component.style === 'primary' ? 'backgroundColor' : 'color'] = component.color;
        }
        break;
      case 'separator':
        element = document.createElement('hr');
        element.className = 'flex-separator';
        break;
      default:
        element = document.createElement('div');
        element.className = 'flex-filler';
    }
    if (component.margin) {
      element.style.marginTop = flexSpace(component.margin);
    }
    if (component.flex !== undefined) {
      element.style.flex = String(component.flex);
    }
    return element;
  }

  function template(entry) {
    var card = document.createElement('div');
    card.className = 'template ' + entry.type;
    var body = document.createElement('div');
    body.className = 'template-body';
    if (entry.title) {
      body.appendChild(div('template-title', entry.title));
    }
    var text = div('template-text', '');
    appendLinked(text, entry.text || '');
    body.appendChild(text);
    card.appendChild(body);
    var actions = document.createElement('div');
    actions.className = 'template-actions';
    (entry.actions || []).forEach(function (action) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'template-action';
      button.textContent = action.label || '';
      button.addEventListener('click', function () { tap(action); });
      actions.appendChild(button);
    });
    card.appendChild(actions);
    return card;
  }

  function renderQuickReplies() {
    var bar = $('quick-replies');
    bar.textContent = '';
    var entries = state.chat ? state.chat.entries : [];
    var last = entries[entries.length - 1];
    var chips = last && last.from === 'bot' && !state.hideQuickReplies
      && state.chat.user.friendship !== 'BLOCKED' ? (last.quickReplies || []) : [];
    chips.forEach(function (action) {
      var chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'quick-reply';
      chip.textContent = action.label || '';
      chip.addEventListener('click', function () { tap(action); });
      bar.appendChild(chip);
    });
    bar.hidden = chips.length === 0;
  }

  // Autolinks web addresses and phone numbers, as LINE does, without ever parsing text as HTML.
  var LINKS = /(https?:\/\/[^\s]+)|(0\d{1,4}-\d{1,4}-\d{3,4})/g;

  function appendLinked(element, text) {
    var at = 0;
    var match;
    LINKS.lastIndex = 0;
    while ((match = LINKS.exec(text)) !== null) {
      element.appendChild(document.createTextNode(text.slice(at, match.index)));
      var link = document.createElement('a');
      link.textContent = match[0];
      if (match[1]) {
        link.href = match[1];
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      } else {
        link.href = 'tel:' + match[2].replace(/-/g, '');
      }
      element.appendChild(link);
      at = match.index + match[0].length;
    }
    element.appendChild(document.createTextNode(text.slice(at)));
  }

  function span(className, text) {
    var element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  }

  function div(className, text) {
    var element = document.createElement('div');
    element.className = className;
    element.textContent = text;
    return element;
  }

  function time(iso) {
    var at = new Date(iso);
    return at.getHours() + ':' + String(at.getMinutes()).padStart(2, '0');
  }

  // ---- what the family does ----

  function act(suffix, body) {
    if (!state.userId) {
      return Promise.resolve();
    }
    return request('POST', userUrl(suffix), body)
      .catch(function () { toast(texts.error); })
      .then(refresh);
  }

  function tap(action) {
    if (action.type === 'uri' && action.uri) {
      window.open(action.uri, '_blank', 'noopener');
      return;
    }
    if (action.type !== 'message' && action.type !== 'postback') {
      return;
    }
    state.hideQuickReplies = true; // chips disappear once used, like LINE
    renderQuickReplies();
    act('/taps', action);
  }

  function sendText() {
    var input = $('text');
    var text = input.value;
    if (!text.trim()) {
      return;
    }
    input.value = '';
    updateSendButton();
    state.hideQuickReplies = true;
    renderQuickReplies();
    act('/messages', { text: text });
  }

  function updateSendButton() {
    var input = $('text');
    $('send').disabled = input.value.trim() === '';
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 120) + 'px';
  }

  var toastTimer = null;

  function toast(message) {
    var element = $('toast');
    element.textContent = message;
    element.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { element.hidden = true; }, 3000);
  }

  // ---- the rich menu (as LINE shows it under the chat: the bot's image, tappable areas, the chat bar) ----

  var richMenuUrl = api.replace(/\/users$/, '/rich-menu');
  var richMenuHash = null;

  function loadRichMenu() {
    return request('GET', richMenuUrl).then(function (menu) {
      if (!menu) {
        richMenuHash = null;
        $('rich-menu').hidden = true;
        return;
      }
      if (menu.hash === richMenuHash) {
        return;
      }
      richMenuHash = menu.hash;
      $('rich-menu-image').src = richMenuUrl + '/image?v=' + encodeURIComponent(menu.hash);
      $('rich-menu-bar-text').textContent = menu.chatBarText;
      var areas = $('rich-menu-areas');
      areas.textContent = '';
      menu.areas.forEach(function (area) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'rich-menu-area';
        button.setAttribute('aria-label', area.label);
        button.setAttribute('data-text', area.text);
        button.style.left = (100 * area.x / menu.width) + '%';
        button.style.top = (100 * area.y / menu.height) + '%';
        button.style.width = (100 * area.width / menu.width) + '%';
        button.style.height = (100 * area.height / menu.height) + '%';
        // a message action: the family "says" the text
        button.addEventListener('click', function () { act('/messages', { text: area.text }); });
        areas.appendChild(button);
      });
      $('rich-menu-panel').style.aspectRatio = menu.width + ' / ' + menu.height;
      $('rich-menu').hidden = false;
    }).catch(function () { /* the menu is optional */ });
  }

  $('rich-menu-bar').addEventListener('click', function () {
    var panel = $('rich-menu-panel');
    panel.hidden = !panel.hidden;
    $('rich-menu-bar').setAttribute('aria-expanded', String(!panel.hidden));
  });
  loadRichMenu();
  setInterval(loadRichMenu, 15000);

  // ---- wiring ----

  $('composer').addEventListener('submit', function (event) {
    event.preventDefault();
    sendText();
  });
  $('text').addEventListener('input', updateSendButton);
  $('text').addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendText();
    }
  });
  $('sticker').addEventListener('click', function () { act('/stickers'); });
  // a photo, video, audio or file, sent as LINE would (the bytes wait in the stand-in's data API)
  $('media').addEventListener('change', function () {
    var file = this.files && this.files[0];
    this.value = '';
    if (!file || !state.userId) {
      return;
    }
    var form = new FormData();
    form.append('file', file, file.name);
    var headers = { 'Accept': 'application/json' };
    if (csrfToken) {
      headers[csrfHeader] = csrfToken;
    }
    fetch(userUrl('/media'), { method: 'POST', headers: headers, body: form, credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) { toast(texts.error); } })
      .catch(function () { toast(texts.error); })
      .then(refresh);
  });
  $('follow').addEventListener('click', function () { act('/follow'); });
  $('unblock').addEventListener('click', function () { act('/follow'); });
  $('new-user').addEventListener('click', function () { createUser(false); });
  $('new-draft-user').addEventListener('click', function () { createUser(true); });
  $('menu-button').addEventListener('click', function () {
    var menu = $('menu');
    menu.hidden = !menu.hidden;
    $('menu-button').setAttribute('aria-expanded', String(!menu.hidden));
  });
  $('block').addEventListener('click', function () {
    $('menu').hidden = true;
    act('/block');
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.header-menu')) {
      $('menu').hidden = true;
    }
  });

  // the administrators' editor links to /simulator#drafts: start a family on drafts
  var start = location.hash === '#drafts'
    ? loadUsers().then(function () { history.replaceState(null, '', location.pathname); return createUser(true); })
    : loadUsers();
  start.then(schedulePoll, function () {
    toast(texts.offline);
    schedulePoll();
  });
})();

// Staff console: live updates by server-sent events (htmx swaps the changed parts), canned replies, confirmations.
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function scrollTranscript() {
    var list = document.querySelector('#transcript ol');
    if (list) { list.scrollTop = list.scrollHeight; }
  }

  function showToast(id) {
    var toast = document.getElementById('toast');
    if (!toast) { return; }
    var link = document.getElementById('toast-link');
    if (link && id) { link.href = '/console/inquiries/' + id; }
    toast.hidden = false;
    clearTimeout(showToast.timer);
    showToast.timer = setTimeout(function () { toast.hidden = true; }, 15000);
  }

  function refreshList() {
    var url = new URL(window.location.href);
    url.searchParams.set('fragment', 'list');
    htmx.ajax('GET', url.pathname + url.search, { target: '#inquiry-list', swap: 'outerHTML' });
  }

  function refreshInquiry(id) {
    htmx.ajax('GET', '/console/inquiries/' + id + '/live', { target: '#live', swap: 'outerHTML' })
      .then(scrollTranscript);
  }

  function listen() {
    if (!window.EventSource) { return; }
    var page = document.body.dataset.page;
    var source = new EventSource('/console/events');
    source.addEventListener('open', function () { document.body.dataset.live = 'on'; });
    source.addEventListener('error', function () { document.body.dataset.live = 'off'; });
    source.addEventListener('inquiry', function (e) {
      var data;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      if (page === 'inquiry-list') {
        refreshList();
      } else if (page === 'inquiry' && String(data.id) === document.body.dataset.inquiryId) {
        refreshInquiry(data.id);
      }
      if (data.kind === 'OPENED') { showToast(data.id); }
    });
  }

  onReady(function () {
    scrollTranscript();
    document.querySelectorAll('select[data-canned-target]').forEach(function (select) {
      select.addEventListener('change', function () {
        var target = document.getElementById(select.dataset.cannedTarget);
        if (target && select.value) {
          target.value = target.value ? target.value + '\n' + select.value : select.value;
          target.focus();
        }
        select.value = '';
      });
    });
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        if (!window.confirm(form.dataset.confirm)) { e.preventDefault(); }
      });
    });
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    if (document.body.dataset.page === 'inquiry-list' || document.body.dataset.page === 'inquiry') { listen(); }
  });
}());

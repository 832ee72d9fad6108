// Small enhancements on top of server-rendered pages; every page works without them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token like the forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) { event.detail.headers[header.content] = token.content; }
  });

  // Upload progress for the attendance CSV.
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest && event.target.closest('#upload-form');
    if (!form || !event.detail.lengthComputable) { return; }
    var bar = form.querySelector('progress');
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (event.target.id === 'upload-form') {
      var box = event.target.querySelector('.progress');
      box.hidden = false;
      box.querySelector('progress').removeAttribute('value');
      event.target.querySelector('button[type=submit]').disabled = true;
    }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    if (event.target.id === 'upload-form') {
      event.target.querySelector('.progress').hidden = true;
      event.target.querySelector('button[type=submit]').disabled = false;
      event.target.reset();
    }
  });

  // A live alert: mark it so it is noticed, and drop the "no alerts" line.
  document.addEventListener('htmx:sseMessage', function (event) {
    var list = document.getElementById('alerts');
    if (list && list.firstElementChild) { list.firstElementChild.classList.add('fresh'); }
    var none = document.getElementById('no-alerts');
    if (none) { none.remove(); }
  });

  // Regional charts (ECharts from the WebJar); the same numbers are in the tables under each chart.
  window.addEventListener('load', function () {
    var holder = document.getElementById('chart-data');
    if (!holder || !window.echarts) { return; }
    var data = JSON.parse(holder.dataset.charts);
    var labels = data.labels;
    var palette = ['#0b5e7e', '#8a4b00', '#a1261b', '#1e6b3a', '#5a3d8a', '#3d5a6c'];
    function chart(id, option) {
      var el = document.getElementById(id);
      if (!el) { return; }
      var instance = echarts.init(el, null, { renderer: 'svg' });
      option.color = palette;
      option.aria = { enabled: true };
      option.animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      instance.setOption(option);
      window.addEventListener('resize', function () { instance.resize(); });
    }
    chart('chart-absence', {
      tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: data.weeks },
      yAxis: { type: 'value', minInterval: 1 },
      series: Object.keys(data.absencePerSchool).map(function (school) {
        return { name: school, type: 'bar', data: data.absencePerSchool[school] };
      })
    });
    chart('chart-levels', {
      tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: data.levelSchools },
      yAxis: { type: 'value', minInterval: 1 },
      series: Object.keys(data.levels).map(function (level) {
        return { name: labels[level], type: 'bar', stack: 'levels', data: data.levels[level] };
      })
    });
    var states = Object.keys(data.casesByState);
    chart('chart-cases', {
      tooltip: {}, grid: { left: 8, right: 16, containLabel: true }, xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: states.map(function (s) { return labels[s]; }), inverse: true },
      series: [{ type: 'bar', data: states.map(function (s) { return data.casesByState[s]; }) }]
    });
    var names = Object.keys(data.indicators);
    if (names.length) {
      var days = data.indicators[names[0]].days;
      chart('chart-indicators', {
        tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: days }, yAxis: { type: 'value' },
        series: names.map(function (name) {
          return { name: name, type: 'line', data: data.indicators[name].values,
            markLine: { data: [{ yAxis: data.indicators[name].target, name: labels.target }] } };
        })
      });
    } else {
      var empty = document.getElementById('chart-indicators');
      if (empty) { empty.remove(); }
    }
  });
})();

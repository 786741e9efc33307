'use strict';

(function () {
  var ENDPOINT = '/graphql';

  var EXAMPLE_QUERY = [
    '# The page of one entity: its names, and the claims',
    '# about it or pointing to it, each with the quotes',
    '# it rests on. Change the id under Variables below:',
    '# E1 is Russia, E3 the Luhansk People\'s Republic.',
    'query EntityPage($id: ID!, $first: Int = 10) {',
    '  entity(id: $id) {',
    '    id',
    '    kind',
    '    name',
    '    aliases { name language }',
    '    description',
    '    externalIds { scheme value url }',
    '    claims(first: $first) {',
    '      totalCount',
    '      pageInfo { hasNextPage endCursor }',
    '      edges {',
    '        node {',
    '          id',
    '          rank',
    '          subject { id name }',
    '          predicate { key label }',
    '          object {',
    '            ... on Entity { id name }',
    '            ... on TextValue { text }',
    '            ... on DateValue { date { edtf } }',
    '          }',
    '          validFrom { edtf }',
    '          validUntil { edtf }',
    '          citations {',
    '            quote',
    '            modality',
    '            source { id title url publishedAt }',
    '          }',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  var EXAMPLE_VARIABLES = JSON.stringify({ id: 'E3', first: 10 }, null, 2);

  function cookie(name) {
    var prefix = name + '=';
    var found = document.cookie.split('; ').find(function (c) {
      return c.indexOf(prefix) === 0;
    });
    return found === undefined ? null : decodeURIComponent(found.substring(prefix.length));
  }

  /**
   * Sends the operation with the session cookie, if any, and the CSRF token that a change made with
   * it needs. The token is read on every call: signing in or out replaces it.
   */
  function fetcher(params, options) {
    var headers = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json'
    };
    var token = cookie('XSRF-TOKEN');
    if (token !== null) {
      headers['X-XSRF-TOKEN'] = token;
    }
    Object.assign(headers, options && options.headers);
    return fetch(ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify(params)
    }).then(function (response) {
      return response.text().then(function (text) {
        try {
          return JSON.parse(text);
        } catch (notJson) {
          return {
            errors: [{ message: 'HTTP ' + response.status + ' ' + response.statusText + (text ? ': ' + text : '') }]
          };
        }
      });
    });
  }

  function showViewer() {
    var line = document.getElementById('viewer');
    fetcher({ query: '{ viewer { username role signedIn } }' }).then(function (result) {
      var viewer = result && result.data && result.data.viewer;
      if (!viewer) {
        line.textContent = 'The API answered: ' + ((result && result.errors && result.errors[0].message) || 'nothing');
        return;
      }
      if (viewer.signedIn) {
        line.textContent = 'Signed in as ' + viewer.username + ' (' + viewer.role.toLowerCase() + ').';
        return;
      }
      var signIn = document.createElement('a');
      signIn.href = '/login';
      signIn.textContent = 'Sign in';
      line.replaceChildren('Not signed in: you may read. ', signIn, ' to make changes.');
    }, function () {
      line.textContent = 'The API did not answer.';
    });
  }

  /** Whether GraphiQL has kept no tabs in this browser, which then opens on the example. */
  function firstVisit() {
    try {
      return window.localStorage.getItem('graphiql:tabState') === null;
    } catch (storageRefused) {
      return true;
    }
  }

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(
      GraphiQL,
      {
        fetcher: fetcher,
        defaultQuery: EXAMPLE_QUERY,
        // the example's variables on a first visit only: later, GraphiQL brings back the tabs left open
        variables: firstVisit() ? EXAMPLE_VARIABLES : undefined,
        defaultEditorToolsVisibility: 'variables'
      },
      React.createElement(GraphiQL.Logo, null, 'Chancery')
    )
  );
  showViewer();
})();

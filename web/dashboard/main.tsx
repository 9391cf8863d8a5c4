// The dashboard: a single-page app served on / that reads everything through the public GraphQL
// API. Every page has its own address (deep links, back and forward work).
import { render } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import { NotFound } from './components';
import { ArticlePage } from './pages/Article';
import { CountryPage } from './pages/Country';
import { EventPage } from './pages/Event';
import { FlowsPage } from './pages/Flows';
import { HomePage } from './pages/Home';
import { SearchPage } from './pages/Search';

function App() {
  return (
    <LocationProvider>
      <header>
        <a href="/" class="brand">Newsgraph</a>
        <nav aria-label="Main">
          <a href="/search">Search</a>
          <a href="/flows">Arms-sale flows</a>
          <a href="/graphql">GraphQL playground</a>
        </nav>
      </header>
      <main>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={HomePage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/countries/:code" component={CountryPage} />
            <Route path="/events/:id" component={EventPage} />
            <Route path="/articles/:id" component={ArticlePage} />
            <Route path="/flows" component={FlowsPage} />
            <Route default component={() => <NotFound what="page" />} />
          </Router>
        </ErrorBoundary>
      </main>
    </LocationProvider>
  );
}

render(<App />, document.getElementById('app')!);

import { Suspense } from 'react'
import { Route, Switch } from 'wouter'
import { I18nProvider } from '../i18n/i18n'
import { Layout } from './Layout'
import { NotFound } from './NotFound'
import { pages } from './pages'
import { SessionProvider } from './session'

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Layout>
          <Suspense fallback={null}>
            <Switch>
              {pages.map(({ path, page }) => (
                <Route key={path} path={path} component={page} />
              ))}
              <Route component={NotFound} />
            </Switch>
          </Suspense>
        </Layout>
      </SessionProvider>
    </I18nProvider>
  )
}
